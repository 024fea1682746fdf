#!/usr/bin/env bash
# Extraction must be linear in the input (issue 15): a line holding many figures (50%50%…, once
# quadratic through ProseFigureRecognizer → Document.slice) and a document made of many reports
# (once quadratic through FigureRecognizer.restates over every earlier figure). Each input is
# extracted once (`extract --json`, figure recognisers included); the last column is the time per
# MB relative to the smallest input of its kind: about 1 for all sizes means linear, and a
# quadratic step shows as a ratio that doubles with the size.
# Usage: Benchmarks/extraction/scaling.sh [BIN] [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-.build/release/vocgraph}"
corpus="${2:-../shared/corpus}"
if [ ! -x "$bin" ]; then
    swift build -c release >&2
    bin=.build/release/vocgraph
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds() { # the wall time of one extraction, in seconds
    local start end
    start=$(date +%s.%N)
    "$bin" extract "$1" --json >/dev/null
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
}
row() { # kind size-label file base-seconds-per-MB (empty for the first row)
    local s mb per
    s=$(seconds "$3")
    mb=$(awk -v b="$(stat -c %s "$3")" 'BEGIN { print b / 1048576 }')
    per=$(awk -v s="$s" -v m="$mb" 'BEGIN { print s / m }')
    printf '%-10s %10s %10.3f %9.2f %8.2f\n' "$1" "$2" "$mb" "$s" \
        "$(awk -v p="$per" -v b="${4:-$per}" 'BEGIN { print p / b }')"
    echo "$per" >"$work/per"
}
printf '%-10s %10s %10s %9s %8s\n' input size MB seconds ratio
base=""
for n in 16384 32768 65536; do
    python3 -c "import sys; sys.stdout.write('50%' * ($n // 3) + '\n')" >"$work/line.txt"
    row "one-line" "${n}ch" "$work/line.txt" "$base"
    [ -n "$base" ] || base=$(cat "$work/per")
done
if [ -d "$corpus" ]; then
    base=""
    for copies in 5 10 20; do
        for _ in $(seq "$copies"); do cat "$corpus"/*.txt; done >"$work/reports.txt"
        row "reports" "${copies}x" "$work/reports.txt" "$base"
        [ -n "$base" ] || base=$(cat "$work/per")
    done
else
    echo "scaling: $corpus is absent; the many-reports rows are skipped" >&2
fi
