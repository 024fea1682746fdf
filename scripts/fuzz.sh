#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time (default 60 s each): scripts/fuzz.sh [SECONDS]
# Crashes are written to Tests/Fuzz/crashes/<target>/; add each as a regression input under
# Tests/Fuzz/corpus/<kind>/ (the replay tests run every file there).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
targets=$(grep -o 'name: "fuzz-[a-z-]*"' Package.swift | sed 's/name: "//; s/"//')
for target in $targets; do
    kind="${target#fuzz-}"; kind="${kind%%-*}"
    swift build -c debug --scratch-path .build-fuzz --product "$target" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >/dev/null
    mkdir -p "Tests/Fuzz/crashes/$target" ".build-fuzz/corpus/$target"
    cp -n Tests/Fuzz/corpus/"$kind"/* ".build-fuzz/corpus/$target/" 2>/dev/null || true
    echo "fuzz: $target for ${seconds}s"
    LSAN_OPTIONS="suppressions=$PWD/Tests/Fuzz/lsan.supp" ASAN_OPTIONS="fast_unwind_on_malloc=0" ".build-fuzz/debug/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="Tests/Fuzz/crashes/$target/" ".build-fuzz/corpus/$target" 2>&1 \
        | grep -E "^#[0-9]+ *DONE|Done [0-9]+ runs|ERROR|SUMMARY" || true
done
