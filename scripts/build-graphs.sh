#!/usr/bin/env bash
# Rebuilds Graphs/corpus.ttl from ../shared/corpus with the given vocgraph binary (make graphs).
# The build is deterministic: rebuilding an unchanged corpus gives a byte-identical file.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-.build/release/vocgraph}"
corpus=../shared/corpus
if [ ! -d "$corpus" ]; then
    echo "build-graphs: $corpus is absent; Graphs/corpus.ttl left as it is" >&2
    exit 0
fi
mkdir -p Graphs
echo "== vocgraph build $corpus -o Graphs/corpus.ttl"
"$bin" build "$corpus" -o Graphs/corpus.ttl
