#!/usr/bin/env bash
# Every test: style (swift-format --strict, ontology files parse), then the Swift suites (unit, golden, differential against rapper/rdflib/pyoxigraph,
# CLI behaviour, byte-identical Graphs/ rebuild). Python peers are installed here when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import rdflib, pyoxigraph" 2>/dev/null \
    || python3 -m pip install -q rdflib pyoxigraph >&2
# The explorer's browser tests: headless Chromium, and a CJK font so pages render Chinese.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
    echo "test: installing ${need[*]}" >&2
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
scripts/lint.sh
swift build --build-tests
swift test --skip-build "$@"
