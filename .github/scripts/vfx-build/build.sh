#!/usr/bin/env bash
# The build: the caller's own script when build-script is set, else cmake --build.
# in: BUILD_SCRIPT, BUILD_TYPE, BUILD_TARGET, PARALLEL (0 = one job per processor)
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
if [ -n "${BUILD_SCRIPT:-}" ]; then run_caller_script build-script "$BUILD_SCRIPT"; fi
args=(--build build --config "${BUILD_TYPE:-Release}" --parallel "$(processors "${PARALLEL:-0}")")
if [ -n "${BUILD_TARGET:-}" ]; then args+=(--target "$BUILD_TARGET"); fi
set -x
cmake "${args[@]}"
