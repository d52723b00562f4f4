#!/usr/bin/env bash
# The short fuzz run of CI: builds the libFuzzer targets with Clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in build-fuzz/ (or LOOPSTEP_FUZZ_BUILD_DIR), then runs each target for LOOPSTEP_FUZZ_SECONDS
# (default 30) seeded from the conformance programs and the lessons. Fails on any crash, leak,
# sanitizer report, slow input (over 10 s) or memory blow-up; the input that did it is left in
# build-fuzz/fuzz-work/<target>/ (see tests/fuzz/README.md to turn it into a regression test).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${LOOPSTEP_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${LOOPSTEP_FUZZ_SECONDS:-30}
targets=(fuzz_lexer fuzz_parser fuzz_compiler fuzz_run fuzz_json fuzz_bigint)

if ! command -v clang++ >/dev/null 2>&1; then
    echo "run_short: clang++ is missing (scripts/setup.sh installs it)" >&2
    exit 1
fi

configure=(-DLOOPSTEP_FUZZ=ON -DLOOPSTEP_SANITIZE=ON -DLOOPSTEP_BUILD_APP=OFF -DLOOPSTEP_BUILD_TESTS=OFF
           -DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [[ -f "$build_dir/CMakeCache.txt" ]] && grep -q '^LOOPSTEP_FUZZ:BOOL=ON' "$build_dir/CMakeCache.txt"; then
    # Already fuzz-ready (scripts/test.sh passes its sanitizer build, which has the app and tests
    # too): keep its options, build only the targets.
    :
elif [[ -f "$build_dir/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build_dir" "${configure[@]}" >/dev/null
else
    CC=clang CXX=clang++ cmake -S "$root" -B "$build_dir" -G Ninja "${configure[@]}" >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)" --target "${targets[@]}"

seeds="$build_dir/fuzz-seeds"
rm -rf "$seeds"
"$root/tests/fuzz/make_corpus.sh" "$seeds"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for target in "${targets[@]}"; do
    work="$build_dir/fuzz-work/$target"
    mkdir -p "$work/corpus"
    echo "==== $target: ${seconds}s"
    # New inputs go to the first directory; the seeds are only read (fuzz_json's are JSON texts).
    target_seeds=$seeds
    [[ $target == fuzz_json ]] && target_seeds=$root/tests/fuzz/json_seeds
    if ! "$build_dir/bin/$target" "$work/corpus" "$target_seeds" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -print_final_stats=1 -artifact_prefix="$work/" >"$work/log" 2>&1; then
        failed+=("$target")
        tail -n 60 "$work/log"
    else
        grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$work/log" || true
    fi
done

if ((${#failed[@]} > 0)); then
    echo "run_short: FAILED: ${failed[*]} (inputs in $build_dir/fuzz-work/<target>/)" >&2
    exit 1
fi
echo "run_short: all fuzz targets ran ${seconds}s without a finding"
