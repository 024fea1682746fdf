#!/usr/bin/env bash
# Extraction speed: every corpus document extracted REPEAT times (default 100) on one thread;
# prints bytes, seconds and MB/s per document and overall (MB/s per core; goal >= 20), for the
# extractor proper and for the whole pipeline with the figure recognisers.
# Usage: Benchmarks/extraction/run.sh [BIN] [REPEAT] [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-.build/release/vocgraph}"
repeat="${2:-100}"
corpus="${3:-../shared/corpus}"
if [ ! -x "$bin" ]; then
    swift build -c release >&2
    bin=.build/release/vocgraph
fi
if [ ! -d "$corpus" ]; then
    echo "benchmark: $corpus is absent; using Examples/sample-report.txt" >&2
    files=(Examples/sample-report.txt)
else
    files=("$corpus"/*.txt)
fi
# Organisations, relations and policies (the extractor proper); then the whole pipeline with the
# figure recognisers (tables, observations, targets) for comparison.
for mode in extractor with-figures; do
    flag=""
    [ "$mode" = with-figures ] && flag="--benchmark-figures"
    total_bytes=0
    total_seconds=0
    echo "== $mode"
    printf '%-28s %12s %9s %8s\n' document bytes seconds MB/s
    for file in "${files[@]}"; do
        IFS=$'\t' read -r name bytes seconds _ < <("$bin" extract "$file" --benchmark-repeat "$repeat" $flag)
        printf '%-28s %12d %9.3f %8.1f\n' "$name" "$bytes" "$seconds" "$(echo "$bytes / $seconds / 1000000" | bc -l)"
        total_bytes=$((total_bytes + bytes))
        total_seconds=$(echo "$total_seconds + $seconds" | bc -l)
    done
    printf '%-28s %12d %9.3f %8.1f\n' "all $mode (x$repeat, one core)" "$total_bytes" "$total_seconds" \
        "$(echo "$total_bytes / $total_seconds / 1000000" | bc -l)"
done
