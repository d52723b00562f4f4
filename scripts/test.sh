#!/usr/bin/env bash
# Sets up and builds (scripts/setup.sh), then runs the whole test suite with CTest; then, as CI
# does, the whole suite again built by Clang with AddressSanitizer + UndefinedBehaviorSanitizer
# (build-asan/), and a short fuzz run of every libFuzzer target (tests/fuzz/run_short.sh). The
# sanitizer build also carries the fuzzers' coverage instrumentation, so the fuzz targets are
# linked from the same objects instead of a third build of the engine.
# LOOPSTEP_TEST_SANITIZERS=0 or LOOPSTEP_TEST_FUZZ=0 skips those stages (quicker local runs).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"

log=$(mktemp)
trap 'rm -f "$log"' EXIT

stage_status=()
run_ctest() {  # run_ctest NAME BUILD_DIR
    local status=0
    ctest --test-dir "$2" --output-on-failure -j2 2>&1 | tee "$log" || status=$?
    # The per-test output can be long; repeat CTest's verdict where it will be seen.
    echo
    echo "==== $1: test summary ===="
    sed -n '/tests passed/,$p' "$log"
    stage_status+=("$1=$status")
    return "$status"
}

status=0
run_ctest "tests" "$root/build" || status=1

if [[ "${LOOPSTEP_TEST_SANITIZERS:-1}" != 0 ]]; then
    asan_dir="$root/build-asan"
    # A tree configured otherwise (GCC, or without the fuzz instrumentation) is made afresh.
    if [[ -f "$asan_dir/CMakeCache.txt" ]] && ! grep -q '^LOOPSTEP_FUZZ:BOOL=ON' "$asan_dir/CMakeCache.txt"; then
        rm -rf "$asan_dir"
    fi
    if [[ -f "$asan_dir/CMakeCache.txt" ]]; then
        cmake -S "$root" -B "$asan_dir" >/dev/null
    else
        CC=clang CXX=clang++ cmake -S "$root" -B "$asan_dir" -G Ninja -DLOOPSTEP_SANITIZE=ON -DLOOPSTEP_FUZZ=ON \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    if cmake --build "$asan_dir" --parallel "$(nproc)"; then
        # LeakSanitizer is on; the suppressions name leaks in system libraries only (see the file).
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        LSAN_OPTIONS=suppressions="$root/tests/sanitizers/lsan.supp":print_suppressions=0 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            run_ctest "sanitizers" "$asan_dir" || status=1
    else
        stage_status+=("sanitizers=build-failed")
        status=1
    fi
fi

if [[ "${LOOPSTEP_TEST_FUZZ:-1}" != 0 ]]; then
    fuzz_status=0
    if [[ "${LOOPSTEP_TEST_SANITIZERS:-1}" != 0 ]]; then
        LOOPSTEP_FUZZ_BUILD_DIR="$root/build-asan" "$root/tests/fuzz/run_short.sh" || fuzz_status=$?
    else
        "$root/tests/fuzz/run_short.sh" || fuzz_status=$?
    fi
    stage_status+=("fuzz=$fuzz_status")
    ((fuzz_status == 0)) || status=1
fi

echo
echo "==== stages (0 = passed): ${stage_status[*]}"
exit "$status"
