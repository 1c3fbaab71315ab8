#!/usr/bin/env bash
# The caller's own dependency script for this runner's OS, run with the cell's environment (already exported).
# in: RUNNER_OS, DEPENDENCIES_LINUX, DEPENDENCIES_MACOS, DEPENDENCIES_WINDOWS (paths in the caller's repository)
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
case "${RUNNER_OS:-Linux}" in
  Linux) name=dependencies-linux script=${DEPENDENCIES_LINUX:-} ;;
  macOS) name=dependencies-macos script=${DEPENDENCIES_MACOS:-} ;;
  Windows) name=dependencies-windows script=${DEPENDENCIES_WINDOWS:-} ;;
  *) echo "::error::unknown RUNNER_OS '$(escape_data "${RUNNER_OS:-}")'"; exit 1 ;;
esac
if [ -z "$script" ]; then
  echo "no ${name} script"
  exit 0
fi
valid_repo_path "$script" || input_error "$name" "$script" 'a relative path of a script inside the repository'
[ -f "$script" ] || input_error "$name" "$script" 'a script that exists in the repository at this commit'
echo "::group::${name}: ${script}"
bash "./$script"
echo "::endgroup::"
