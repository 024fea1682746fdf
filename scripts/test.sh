#!/usr/bin/env bash
# Every test: style (swift-format --strict, ontology files parse), then the Swift suites (unit, golden, differential against rapper/rdflib/pyoxigraph,
# CLI behaviour, byte-identical Graphs/ rebuild). Python peers are installed here when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import rdflib, pyoxigraph" 2>/dev/null \
    || python3 -m pip install -q rdflib pyoxigraph >&2
scripts/lint.sh
swift build --build-tests
swift test --skip-build "$@"
