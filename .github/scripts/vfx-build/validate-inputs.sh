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
[[ ${IN_CTEST_TIMEOUT:-} =~ ^[1-9][0-9]{0,5}$ ]] ||
  input_error ctest-timeout "${IN_CTEST_TIMEOUT:-}" 'a whole number of seconds from 1 to 999999'
[[ ${IN_CTEST_PARALLEL:-} =~ ^[0-9]{1,3}$ ]] ||
  input_error ctest-parallel "${IN_CTEST_PARALLEL:-}" 'a whole number of parallel tests (0 = one per processor)'
[[ ${IN_SONAR_ORGANIZATION:-} =~ ^[A-Za-z0-9_.-]*$ ]] ||
  input_error sonar-organization "${IN_SONAR_ORGANIZATION:-}" 'a SonarCloud organization key (letters, digits, - _ .)'
[[ ${IN_GPU_ALLOWED_OWNERS:-} =~ ^[A-Za-z0-9_.,[:space:]-]*$ ]] ||
  input_error gpu-allowed-owners "${IN_GPU_ALLOWED_OWNERS:-}" 'GitHub owner names separated by commas or new lines'

# env: NAME=VALUE lines (blank lines and # comments allowed).
while IFS= read -r line || [ -n "$line" ]; do
  line=${line%$'\r'}
  [[ -z ${line//[[:space:]]/} || $line =~ ^[[:space:]]*# ]] && continue
  name=${line%%=*}
  if [[ $line != *=* ]] || ! valid_env_name "$name"; then
    input_error env "$line" 'NAME=VALUE lines, NAME made of letters, digits and _ (not starting with a digit)'
  fi
done <<<"${IN_ENV:-}"
echo "vfx-build inputs are valid"
