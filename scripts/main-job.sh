#!/usr/bin/env bash
# The main job on the bundled default: load the committed corpus graph (Graphs/corpus.ttl, built
# from the five Guangdong documents) and answer a first question, then trace one policy.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-.build/release/vocgraph}"
graph=Graphs/corpus.ttl
echo "== vocgraph stats $graph  (first lines)"
"$bin" stats "$graph" | head -n 8
echo
echo "== Which schools partner with Huawei?  vocgraph query Examples/datalog/huawei-partners.dl --graph $graph"
"$bin" query Examples/datalog/huawei-partners.dl --graph "$graph"
echo
echo "== What became of 粤府〔2020〕63号's targets?  vocgraph trace 003 --graph $graph --format markdown  (rows with evidence)"
"$bin" trace 003 --graph "$graph" --format markdown | grep -E "^\| policy|^\| *-|met|not-comparable" | grep -v "no-data" | head -n 12
