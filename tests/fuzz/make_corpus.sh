#!/usr/bin/env bash
# Fills a seed corpus directory for the fuzz targets with every conformance program and lesson.
# Usage: tests/fuzz/make_corpus.sh DIR
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=${1:?usage: make_corpus.sh DIR}
mkdir -p "$out"
# Names keep the category so two programs with the same name do not collide.
find "$root/tests/conformance/programs" -name '*.py' -print0 |
    while IFS= read -r -d '' file; do
        relative=${file#"$root/tests/conformance/programs/"}
        cp "$file" "$out/${relative//\//_}"
    done
for file in "$root"/lessons/*.py; do
    cp "$file" "$out/lessons_$(basename "$file")"
done
