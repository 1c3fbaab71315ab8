#!/usr/bin/env bash
# The coverage build SonarCloud reads: Debug, --coverage, compile_commands.json; a failing test is a warning here
# (the build cells already gate on tests).
# in: CMAKE_CACHE, CMAKE_ARGS (input words)
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
mapfile -t extra < <(words "${CMAKE_ARGS:-}")
args=(-S . -B build -DCMAKE_BUILD_TYPE=Debug -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_C_FLAGS=--coverage
  -DCMAKE_CXX_FLAGS=--coverage -DCMAKE_EXE_LINKER_FLAGS=--coverage)
if [ -n "${CMAKE_CACHE:-}" ]; then args+=(-C "$CMAKE_CACHE"); fi
set -x
cmake "${args[@]}" "${extra[@]}"
cmake --build build --parallel "$(processors 0)"
ctest --test-dir build --output-on-failure || echo "::warning::Some tests failed in the coverage build"
