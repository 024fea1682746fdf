#!/usr/bin/env bash
# Load throughput: VocGraph (Raptor parse into a dictionary-encoded Graph) beside `rapper -c`
# (Raptor parsing and counting only) on the same generated N-Triples files, in the same run.
# Usage: Benchmarks/load.sh [SIZES...]   (default: 1000000 10000000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000000 10000000)
swift build -c release --product vocgraph-bench >/dev/null
mkdir -p Benchmarks/data
printf '%-10s %-10s %12s %10s %14s\n' size tool seconds "peak MiB" "triples/s"
for n in "${sizes[@]}"; do
    file=Benchmarks/data/load-$n.nt
    [ -f "$file" ] || python3 Benchmarks/gen_ntriples.py "$n" "$file"
    # rapper: parse and count
    /usr/bin/time -f "%e %M" -o /tmp/vg-rapper.time rapper -q -i ntriples -c "$file" 2>/dev/null || true
    read -r rs rk </tmp/vg-rapper.time
    printf '%-10s %-10s %12s %10s %14s\n' "$n" rapper "$rs" "$((rk / 1024))" "$(python3 -c "print(int($n/max($rs,0.01)))")"
    /usr/bin/time -f "%e %M" -o /tmp/vg-ours.time .build/release/vocgraph-bench "$file" >/tmp/vg-ours.out
    read -r os ok </tmp/vg-ours.time
    printf '%-10s %-10s %12s %10s %14s\n' "$n" vocgraph "$os" "$((ok / 1024))" "$(python3 -c "print(int($n/max($os,0.01)))")"
    python3 -c "print(f'{\"\":10} ratio      vocgraph/rapper throughput = {$rs/max($os,0.01):.2f}')"
done
