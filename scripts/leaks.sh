#!/usr/bin/env bash
# A Raptor round trip (read Turtle, write every format) under valgrind; fails on a definite leak.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "leaks: apt-get install valgrind" >&2; exit 1; }
swift build -c debug
for format in turtle ntriples nquads rdfxml rdfjson; do
    valgrind -q --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
        --error-exitcode=9 .build/debug/vocgraph export Examples/sample-graph.ttl --format "$format" >/dev/null
    echo "leaks: $format round trip: no definite leaks"
done
