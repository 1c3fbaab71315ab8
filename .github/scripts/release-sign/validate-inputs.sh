#!/usr/bin/env bash
# First step of release-sign.yml: every input of the reusable workflow checked once, before anything is signed,
# with one error naming the input, the value and what is accepted. (source-archive is a boolean input: GitHub
# itself refuses anything else.)
set -euo pipefail
. "$(dirname "$0")/../lib.sh"

[[ -z ${IN_TAG:-} || ${IN_TAG} =~ ^[A-Za-z0-9._+-]{1,128}$ && ${IN_TAG} != -* ]] ||
  input_error tag "${IN_TAG:-}" 'a release tag (letters, digits, . _ + -), or empty for the tag of the triggering release'
case "${IN_CHECKSUMS:-}" in sha256 | sha512 | none) ;; *)
  input_error checksums "${IN_CHECKSUMS:-}" "'sha256', 'sha512' or 'none'" ;;
esac
# The lines sign-artifacts reads as patterns: comments and blank lines are not, and each is trimmed as it trims it.
while IFS= read -r line; do
  valid_repo_path "$line" ||
    input_error files "$line" "files or globs relative to the workspace, one a line (no '..', not absolute)"
done < <(setting_lines "${IN_FILES:-}" --trim)
echo "release-sign inputs are valid"
