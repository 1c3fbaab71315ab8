#!/usr/bin/env bash
# The tests: the caller's own script when test-script is set, else ctest with a per-test timeout and parallelism.
# in: MODE (from cell.sh), TEST_SCRIPT, BUILD_TYPE, CTEST_TIMEOUT, CTEST_PARALLEL, CTEST_ARGS (input words),
#     CELL_CTEST_ARGS (JSON), EXCLUDE (gpu-runner-fallback's ctest-exclude: GPU tests when no GPU is usable)
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
if [ -n "${TEST_SCRIPT:-}" ]; then run_caller_script test-script "$TEST_SCRIPT"; fi
args=(--test-dir build -C "${BUILD_TYPE:-Release}" --output-on-failure --timeout "${CTEST_TIMEOUT:-600}"
  -j "$(processors "${CTEST_PARALLEL:-0}")")
if [ "${MODE:-full}" = cpu-tests ] && [ -n "${EXCLUDE:-}" ]; then args+=(-E "$EXCLUDE"); fi
mapfile -t global < <(words "${CTEST_ARGS:-}")
mapfile -t cell < <(json_args "${CELL_CTEST_ARGS:-}")
set -x
ctest "${args[@]}" "${global[@]}" "${cell[@]}"
