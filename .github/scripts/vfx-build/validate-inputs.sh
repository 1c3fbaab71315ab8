#!/usr/bin/env bash
# First step of vfx-build.yml: every input of the reusable workflow checked once, before anything runs, with one
# error naming the input, the value and what is accepted.
set -euo pipefail
. "$(dirname "$0")/../lib.sh"

valid_repo_path "${IN_MATRIX_SPEC:-}" || input_error matrix-spec "${IN_MATRIX_SPEC:-}" 'a relative path inside the repository, such as .github/ci-matrix.yml'

for pair in "dependencies-linux:${IN_DEPENDENCIES_LINUX:-}" "dependencies-macos:${IN_DEPENDENCIES_MACOS:-}" \
  "dependencies-windows:${IN_DEPENDENCIES_WINDOWS:-}" "build-script:${IN_BUILD_SCRIPT:-}" "test-script:${IN_TEST_SCRIPT:-}"; do
  name=${pair%%:*} value=${pair#*:}
  if [ -n "$value" ] && ! valid_repo_path "$value"; then
    input_error "$name" "$value" "a relative path of a script inside the repository (no '..', not absolute), or empty"
  fi
done

case "${IN_GPU_FALLBACK:-}" in build-only | cpu-tests | skip) ;; *)
  input_error gpu-fallback "${IN_GPU_FALLBACK:-}" "'build-only', 'cpu-tests' or 'skip'" ;;
esac
case "${IN_LEGACY_YEARS:-}" in docker | refuse) ;; *)
  input_error legacy-years "${IN_LEGACY_YEARS:-}" "'docker' or 'refuse'" ;;
esac
case "${IN_GPU_RUNNER_TYPE:-}" in auto | hosted | self-hosted) ;; *)
  input_error gpu-runner-type "${IN_GPU_RUNNER_TYPE:-}" "'auto', 'hosted' or 'self-hosted'" ;;
esac
case "${IN_GPU_RUNNER_KIND:-}" in gpu | cpu) ;; *)
  input_error gpu-runner-kind "${IN_GPU_RUNNER_KIND:-}" "'gpu' (a GPU runner) or 'cpu' (a paid larger CPU runner)" ;;
esac
case "${IN_GPU_ALLOW_FORK_PULL_REQUESTS:-}" in true | false) ;; *)
  input_error gpu-allow-fork-pull-requests "${IN_GPU_ALLOW_FORK_PULL_REQUESTS:-}" "true or false" ;;
esac
if [ "${IN_GPU_ALLOW_FORK_PULL_REQUESTS:-}" = true ] && [ "${IN_GPU_RUNNER_TYPE:-}" = self-hosted ]; then
  input_error gpu-allow-fork-pull-requests true "false with gpu-runner-type 'self-hosted' (a fork never gets a self-hosted runner)"
fi
for key in "cell-exports:${IN_CELL_EXPORTS:-}" "cell-skip-tests:${IN_CELL_SKIP_TESTS:-}"; do
  name=${key%%:*} value=${key#*:}
  if [ -n "$value" ] && ! valid_cell_key "$value"; then
    input_error "$name" "$value" 'the name of a cell key (letters, digits, _ and -; dots for nested keys), or empty'
  fi
done
while IFS= read -r line; do
  name=${line%%=*} name=${name%+}
  if [[ $line != *=* ]] || ! valid_env_name "$name" || ! valid_cell_key "${line#*=}"; then
    input_error cell-env "$line" 'NAME=key or NAME+=key lines (NAME: an environment variable; key: a cell key, dots for nested keys)'
  fi
done < <(setting_lines "${IN_CELL_ENV:-}" --trim)
problem=$(cell_cmake_args '{}' "${IN_CELL_CMAKE_ARGS:-}") || { echo "$problem"; exit 1; }
[[ ${IN_CTEST_TIMEOUT:-} =~ ^[1-9][0-9]{0,5}$ ]] ||
  input_error ctest-timeout "${IN_CTEST_TIMEOUT:-}" 'a whole number of seconds from 1 to 999999'
[[ ${IN_CTEST_PARALLEL:-} =~ ^[0-9]{1,3}$ ]] ||
  input_error ctest-parallel "${IN_CTEST_PARALLEL:-}" 'a whole number of parallel tests (0 = one per processor)'
[[ ${IN_SONAR_ORGANIZATION:-} =~ ^[A-Za-z0-9_.-]*$ ]] ||
  input_error sonar-organization "${IN_SONAR_ORGANIZATION:-}" 'a SonarCloud organization key (letters, digits, - _ .)'
[[ ${IN_GPU_ALLOWED_OWNERS:-} =~ ^[A-Za-z0-9_.,[:space:]-]*$ ]] ||
  input_error gpu-allowed-owners "${IN_GPU_ALLOWED_OWNERS:-}" 'GitHub owner names separated by commas or new lines'

# env: NAME=VALUE lines (blank lines and # comments allowed).
while IFS= read -r line; do
  name=${line%%=*}
  if [[ $line != *=* ]] || ! valid_env_name "$name"; then
    input_error env "$line" 'NAME=VALUE lines, NAME made of letters, digits and _ (not starting with a digit)'
  fi
done < <(setting_lines "${IN_ENV:-}")
echo "vfx-build inputs are valid"
