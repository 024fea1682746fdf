#!/usr/bin/env bash
# The main job on the bundled default: statistics of the example graph and its Turtle export.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-.build/release/vocgraph}"
graph=Examples/sample-graph.ttl
echo "== vocgraph stats $graph"
"$bin" stats "$graph"
echo
echo "== vocgraph export $graph --format turtle -o Examples/out/sample-graph.ttl"
mkdir -p Examples/out
"$bin" export "$graph" --format turtle -o Examples/out/sample-graph.ttl
head -n 20 Examples/out/sample-graph.ttl
