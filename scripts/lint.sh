#!/usr/bin/env bash
# Style check with swift-format (bundled with the Swift 6 toolchain) and the ontology parse check.
set -euo pipefail
cd "$(dirname "$0")/.."
swift format lint --strict --recursive Sources Tests Package.swift Benchmarks/LoadBenchmark
for f in Ontology/*.ttl; do rapper -q -i turtle -c "$f"; done
