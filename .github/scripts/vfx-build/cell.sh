#!/usr/bin/env bash
# First step of every build cell: decide what this cell runs and export its environment.
#
# in:  CELL_ID, CELL (the whole cell, JSON), CELL_GPU ('true' for a cell the spec marks gpu), GPU_RUNNER (the
#      gpu-runner input), GPU_KIND (gpu-runner-kind: gpu or cpu), GPU_DECISION (the plan's gpu-runner-fallback
#      decision: 'gpu', 'primary' (kind cpu), 'fallback', 'skip' or empty when no runner is configured), GPU_FALLBACK
#      (build-only, cpu-tests or skip), RUN_TESTS, GLOBAL_ENV (NAME=VALUE lines), CELL_ENV (the cell's env, JSON
#      object), CELL_ENV_MAP (cell-env: NAME=key / NAME+=key lines), CELL_EXPORTS (cell-exports: the key of a cell
#      value holding `[export] NAME=VALUE …`), CELL_SKIP_TESTS (cell-skip-tests: a key; '1' or 'true' skips tests)
# out: GITHUB_OUTPUT mode=full|cpu-tests|build-only|skip, tests=true|false; GITHUB_ENV: the global env, the cell
#      env, the cell-env mappings, then the cell-exports assignments (a later one wins), and VFX_BUILD_ENV_NAMES
#      (the names exported, for the docker path of legacy years)
set -euo pipefail
. "$(dirname "$0")/../lib.sh"

# A cell goes through the runner selection when the spec marks it gpu, or when its runs-on is the gpu-runner label
# itself (OpenShadingLanguage's OptiX cell, OpenVDB's paid-runner cells): the same rule as the build job's runs-on
# and the GPU probe step's condition in vfx-build.yml.
routed=false
if [ "${CELL_GPU:-}" = true ]; then routed=true; fi
runs_on=$(json_value "${CELL:-{\}}" runs-on || true)
if [ -n "${GPU_RUNNER:-}" ] && [ "$runs_on" = "${GPU_RUNNER}" ]; then routed=true; fi

mode=full
if $routed && [ "${GPU_KIND:-gpu}" = cpu ]; then
  # A paid CPU runner: the fallback runner builds and tests the same, only slower; skip is the only other mode.
  if [ "${GPU_DECISION:-}" = skip ]; then mode=skip; fi
  if [ "${GPU_DECISION:-}" = fallback ]; then
    echo "::notice title=${CELL_ID:-cell}::The larger runner cannot take this cell: it runs on the fallback runner"
  fi
elif $routed; then
  if [ "${GPU_DECISION:-}" != gpu ]; then
    mode=${GPU_FALLBACK:-cpu-tests}
    echo "::notice title=${CELL_ID:-cell}::No GPU runner for this GPU cell (decision '$(escape_data "${GPU_DECISION:-none}")'): ${mode}"
  fi
fi
tests=false
if [ "${RUN_TESTS:-true}" = true ] && { [ "$mode" = full ] || [ "$mode" = cpu-tests ]; }; then tests=true; fi
if [ -n "${CELL_SKIP_TESTS:-}" ]; then
  skip=$(json_value "${CELL:-{\}}" "$CELL_SKIP_TESTS" || true)
  if [ "$skip" = 1 ] || [ "$skip" = true ]; then
    tests=false
    echo "cell ${CELL_ID:-}: ${CELL_SKIP_TESTS}=${skip}, no tests"
  fi
fi

# Each key is checked and each value must be one line, so no spec or input can add lines to GITHUB_ENV.
declare -A current=()
declare -a names=()
export_pair() {
  local origin=$1 key=$2 value=$3
  valid_env_name "$key" || { echo "::error title=${origin}::invalid environment variable name '$(escape_data "$key")'"; exit 1; }
  if [[ $value == *$'\n'* || $value == *$'\r'* ]]; then
    echo "::error title=${origin}::the value of ${key} must be one line"
    exit 1
  fi
  echo "$key=$value" >>"$GITHUB_ENV"
  if [ -z "${current[$key]+set}" ]; then names+=("$key"); fi
  current[$key]=$value
}
while IFS= read -r line; do
  export_pair 'input env' "${line%%=*}" "${line#*=}"
done < <(setting_lines "${GLOBAL_ENV:-}")
lines=$(json_env_lines "${CELL_ENV:-}") || { echo "$lines"; exit 1; }
while IFS=$'\t' read -r key value; do
  [ -n "$key" ] && export_pair 'matrix env' "$key" "$value"
done <<<"$lines"

# cell-env: NAME=key sets NAME to the cell's value of key, NAME+=key appends it; a key the cell lacks sets nothing.
while IFS= read -r line; do
  name=${line%%=*} key=${line#*=} append=false
  if [[ $name == *+ ]]; then name=${name%+} append=true; fi
  valid_cell_key "$key" || input_error cell-env "$line" 'NAME=key or NAME+=key lines (key: a cell key, dots for nested keys)'
  value=$(json_value "${CELL:-{\}}" "$key") || continue
  if $append; then value=${current[$name]:-}$value; fi
  export_pair cell-env "$name" "$value"
done < <(setting_lines "${CELL_ENV_MAP:-}" --trim)

# cell-exports: the project's own per-cell assignments (`export A=1 B="x y"`), split as a shell would, never run.
if [ -n "${CELL_EXPORTS:-}" ]; then
  text=$(json_value "${CELL:-{\}}" "$CELL_EXPORTS" || true)
  if [ -n "$text" ]; then
    pairs=$(shell_assignments "$text") || {
      echo "::error title=cell-exports::${CELL_ID:-cell}: ${CELL_EXPORTS}: $(escape_data "$pairs") (accepted: [export] NAME=VALUE …, quotes allowed, nothing evaluated)"
      exit 1
    }
    while IFS=$'\t' read -r key value; do
      [ -n "$key" ] && export_pair cell-exports "$key" "$value"
    done <<<"$pairs"
  fi
fi
{
  echo "mode=$mode"
  echo "tests=$tests"
} >>"$GITHUB_OUTPUT"
echo "VFX_BUILD_ENV_NAMES=${names[*]}" >>"$GITHUB_ENV"
echo "cell ${CELL_ID:-}: mode=$mode tests=$tests"
