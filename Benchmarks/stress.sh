#!/usr/bin/env bash
# Stress run: a synthetic corpus of COPIES × the seed corpus (../shared/corpus), each copy made
# distinct (its own header line and shifted figures), built into one graph, queried and exported.
# Prints wall time and peak memory of each step.   Usage: Benchmarks/stress.sh [COPIES, default 100]
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-100}"
bin=.build/release/vocgraph
[ -x "$bin" ] || swift build -c release >/dev/null
work=Benchmarks/data/stress-$copies
mkdir -p "$work/docs"
python3 - "$copies" "$work/docs" <<'PY'
import pathlib, re, sys
copies, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
seed = sorted(pathlib.Path("../shared/corpus").glob("*.txt"))
for i in range(copies):
    for doc in seed:
        target = out / f"{i:05d}-{doc.name}"
        if target.exists():
            continue
        text = doc.read_text(encoding="utf-8")
        # shift every integer of 3+ digits a little, so figures differ from copy to copy
        text = re.sub(r"(?<![0-9])([1-9][0-9]{2,})(?![0-9])", lambda m: str(int(m.group(1)) + i), text)
        target.write_text(f"副本 {i}\n" + text, encoding="utf-8")
PY
du -sh "$work/docs" | awk '{print "corpus: " $1}'
run() { local label=$1; shift; /usr/bin/time -f "$label: %e s, peak %M KiB" "$@"; }
run build "$bin" build "$work/docs" -o "$work/graph.nt" >/dev/null
run stats "$bin" stats "$work/graph.nt" | head -n 3
run query "$bin" query Examples/datalog/partners-per-school.dl --graph "$work/graph.nt" --format tsv >/dev/null
run export "$bin" export "$work/graph.nt" --format turtle -o "$work/graph.ttl"
ls -la "$work/graph.nt" "$work/graph.ttl" | awk '{print $5, $9}'
