#!/usr/bin/env bash
# First step of every build cell: decide what this cell runs and export its environment.
#
# in:  CELL_ID, CELL_GPU ('true' for a cell the spec marks gpu), GPU_DECISION (the plan's gpu-runner-fallback
#      decision: 'gpu', 'fallback', 'skip' or empty when no GPU runner is configured), GPU_FALLBACK (build-only,
#      cpu-tests or skip), RUN_TESTS, GLOBAL_ENV (NAME=VALUE lines), CELL_ENV (the cell's env, JSON object)
# out: GITHUB_OUTPUT mode=full|cpu-tests|build-only|skip, tests=true|false; GITHUB_ENV the global then the cell env
set -euo pipefail
. "$(dirname "$0")/../lib.sh"

mode=full
if [ "${CELL_GPU:-}" = true ] && [ "${GPU_DECISION:-}" != gpu ]; then
  mode=${GPU_FALLBACK:-cpu-tests}
  echo "::notice title=${CELL_ID:-cell}::No GPU runner for this GPU cell (decision '$(escape_data "${GPU_DECISION:-none}")'): ${mode}"
fi
tests=false
if [ "${RUN_TESTS:-true}" = true ] && { [ "$mode" = full ] || [ "$mode" = cpu-tests ]; }; then tests=true; fi
{
  echo "mode=$mode"
  echo "tests=$tests"
} >>"$GITHUB_OUTPUT"

# Each key is checked and each value must be one line, so no spec or input can add lines to GITHUB_ENV.
export_pair() {
  local origin=$1 key=$2 value=$3
  valid_env_name "$key" || { echo "::error title=${origin}::invalid environment variable name '$(escape_data "$key")'"; exit 1; }
  if [[ $value == *$'\n'* || $value == *$'\r'* ]]; then
    echo "::error title=${origin}::the value of ${key} must be one line"
    exit 1
  fi
  echo "$key=$value" >>"$GITHUB_ENV"
}
while IFS= read -r line || [ -n "$line" ]; do
  line=${line%$'\r'}
  [[ -z ${line//[[:space:]]/} || $line =~ ^[[:space:]]*# ]] && continue
  export_pair 'input env' "${line%%=*}" "${line#*=}"
done <<<"${GLOBAL_ENV:-}"
lines=$(json_env_lines "${CELL_ENV:-}") || { echo "$lines"; exit 1; }
while IFS=$'\t' read -r key value; do
  [ -n "$key" ] && export_pair 'matrix env' "$key" "$value"
done <<<"$lines"
echo "cell ${CELL_ID:-}: mode=$mode tests=$tests"
