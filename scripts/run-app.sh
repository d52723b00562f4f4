#!/usr/bin/env bash
# Sets up and builds (scripts/setup.sh), then opens Loopstep on the first lesson.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"

first_lesson=""
if [[ -d "$root/lessons" ]]; then
    first_lesson=$(find "$root/lessons" -maxdepth 1 -type f -name '*.py' | LC_ALL=C sort | head -n 1)
fi

if [[ -n "$first_lesson" ]]; then
    exec "$root/build/bin/loopstep" "$first_lesson"
else
    exec "$root/build/bin/loopstep"
fi
