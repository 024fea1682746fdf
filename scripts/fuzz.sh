#!/usr/bin/env bash
# Runs each libFuzzer target of vocgraph-fuzz (rdf, datalog, text, docx, rdfxml, numbers, snapshot) for a bounded time:
#   scripts/fuzz.sh [SECONDS per target, default 60] [TARGET…]
# Crashes are written to Tests/Fuzz/crashes/<target>/; copy each into Tests/Fuzz/corpus/<target>/
# (the tests replay every file there) once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(rdf datalog text docx rdfxml numbers snapshot)
swift build -c debug --scratch-path .build-fuzz --product vocgraph-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >/dev/null
for target in "${targets[@]}"; do
    mkdir -p "Tests/Fuzz/crashes/$target" ".build-fuzz/corpus/$target"
    cp -n Tests/Fuzz/corpus/"$target"/* ".build-fuzz/corpus/$target/" 2>/dev/null || true
    echo "fuzz: $target for ${seconds}s"
    LSAN_OPTIONS="suppressions=$PWD/Tests/Fuzz/lsan.supp" ASAN_OPTIONS="fast_unwind_on_malloc=0" \
        .build-fuzz/debug/vocgraph-fuzz "$target" -max_total_time="$seconds" -timeout=20 \
        -rss_limit_mb=4096 -artifact_prefix="Tests/Fuzz/crashes/$target/" ".build-fuzz/corpus/$target" 2>&1 \
        | grep -E "Done [0-9]+ runs|ERROR|SUMMARY|Test unit written" || true
done
