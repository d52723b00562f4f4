#!/usr/bin/env bash
# Installs the Debian 12 packages Loopstep needs (only those missing; Clang and its runtime
# libraries, with libFuzzer, are for the fuzz targets), then configures and builds
# into build/ with Ninja. Safe to run again: a second run installs nothing and rebuilds only what
# changed. Extra arguments are passed to the first CMake configure, e.g. -DLOOPSTEP_SANITIZE=ON.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$root/build"

packages=(
    build-essential
    cmake
    ninja-build
    python3
    qt6-base-dev
    qt6-svg-dev
    libqcustomplot-dev
    libqcustomplot2.1-qt6
    xvfb
    clang
    libclang-rt-14-dev
    libjemalloc-dev
    libgmp-dev
    qt6-tools-dev
    qt6-l10n-tools
    appstream
    desktop-file-utils
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} > 0)); then
    echo "setup: installing ${missing[*]}"
    if [[ $(id -u) -eq 0 ]]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        as_root=(sudo)
    else
        echo "setup: missing packages (${missing[*]}) and neither root nor sudo to install them" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
fi

if [[ -f "$build_dir/CMakeCache.txt" ]]; then
    # Re-running CMake on an existing tree keeps its generator and cached options.
    cmake -S "$root" -B "$build_dir" "$@"
else
    cmake -S "$root" -B "$build_dir" -G Ninja "$@"
fi
cmake --build "$build_dir" --parallel "$(nproc)"
