#!/usr/bin/env bash
# First step of vfx-plan.yml: the inputs that are the workflow's own, or that it passes on under another name, checked
# once before anything runs, with one error naming the workflow's input, the value and what is accepted. (The spec
# and the profile are build-matrix's to check, against the spec itself.)
set -euo pipefail
. "$(dirname "$0")/../lib.sh"

valid_repo_path "${IN_MATRIX_SPEC:-}" || input_error matrix-spec "${IN_MATRIX_SPEC:-}" 'a relative path inside the repository, such as .github/ci-matrix.yml'
case "${IN_LEGACY_YEARS:-}" in docker | refuse) ;; *)
  input_error legacy-years "${IN_LEGACY_YEARS:-}" "'docker' or 'refuse'" ;;
esac
case "${IN_GPU_FALLBACK:-}" in build-only | cpu-tests | skip) ;; *)
  input_error gpu-fallback "${IN_GPU_FALLBACK:-}" "'build-only', 'cpu-tests' or 'skip'" ;;
esac
case "${IN_GPU_RUNNER_TYPE:-}" in auto | hosted | self-hosted) ;; *)
  input_error gpu-runner-type "${IN_GPU_RUNNER_TYPE:-}" "'auto', 'hosted' or 'self-hosted'" ;;
esac
case "${IN_GPU_RUNNER_KIND:-}" in gpu | cpu) ;; *)
  input_error gpu-runner-kind "${IN_GPU_RUNNER_KIND:-}" "'gpu' (a GPU runner) or 'cpu' (a paid larger CPU runner)" ;;
esac
if [ "${IN_GPU_ALLOW_FORK_PULL_REQUESTS:-}" = true ] && [ "${IN_GPU_RUNNER_TYPE:-}" = self-hosted ]; then
  input_error gpu-allow-fork-pull-requests true "false with gpu-runner-type 'self-hosted' (a fork never gets a self-hosted runner)"
fi
if [ -n "${IN_CELL_SKIP_TESTS:-}" ] && ! valid_cell_key "$IN_CELL_SKIP_TESTS"; then
  input_error cell-skip-tests "$IN_CELL_SKIP_TESTS" 'the name of a cell key (letters, digits, _ and -; dots for nested keys), or empty'
fi
[[ ${IN_GPU_ALLOWED_OWNERS:-} =~ ^[A-Za-z0-9_.,[:space:]-]*$ ]] ||
  input_error gpu-allowed-owners "${IN_GPU_ALLOWED_OWNERS:-}" 'GitHub owner names separated by commas or new lines'
echo "vfx-plan inputs are valid"
