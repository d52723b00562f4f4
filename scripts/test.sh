#!/usr/bin/env bash
# Sets up and builds (scripts/setup.sh), then runs the whole test suite with CTest.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"

log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
ctest --test-dir "$root/build" --output-on-failure -j2 2>&1 | tee "$log" || status=$?

# The per-test output can be long; repeat CTest's verdict where it will be seen.
echo
echo "==== test summary ===="
sed -n '/tests passed/,$p' "$log"
exit "$status"
