#!/usr/bin/env bash
# CMake configure for cells running on the runner or in a CY2023+ container (CMake 3.25+ there).
# in: BUILD_SCRIPT (when set, the caller builds with its own script: nothing to configure here), CMAKE_CACHE (the
#     -C cache from setup-vfx-platform), BUILD_TYPE, CXX_STANDARD, GENERATOR, CC, CXX, CMAKE_ARGS (input words),
#     CELL_CMAKE_ARGS (JSON: the cell's cmake-args, a list or a string), CELL (the whole cell, JSON) and
#     CELL_CMAKE_MAP (cell-cmake-args: `NAME=key` lines give -DNAME=<the cell's value of key>, a bare `key` line
#     gives the value split at blanks; a key the cell lacks or leaves empty gives nothing)
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
if [ -n "${BUILD_SCRIPT:-}" ]; then
  echo "build-script ${BUILD_SCRIPT} configures and builds"
  exit 0
fi
args=(-S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}")
if [ -n "${CMAKE_CACHE:-}" ]; then args+=(-C "$CMAKE_CACHE"); fi
if [ -n "${CXX_STANDARD:-}" ]; then args+=(-DCMAKE_CXX_STANDARD="$CXX_STANDARD"); fi
if [ -n "${GENERATOR:-}" ]; then args+=(-G "$GENERATOR"); fi
if [ -z "${CC:-}" ]; then unset CC; fi
if [ -z "${CXX:-}" ]; then unset CXX; fi
cmake_extra_args extra || exit 1
set -x
cmake "${args[@]}" "${extra[@]}"
