#!/usr/bin/env bash
# Plan step: say which cells use CY2022-or-older CentOS 7 images and what happens to them.
# in: MATRIX (build-matrix's matrix output), POLICY (legacy-years: docker or refuse; checked by validate-inputs.sh)
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
if [ -z "${MATRIX:-}" ]; then exit 0; fi
legacy=$(jq -r '[.include[] | select(.["legacy-glibc"]) | .id] | join(", ")' <<<"$MATRIX")
if [ -z "$legacy" ]; then exit 0; fi
legacy=$(escape_data "$legacy")
case "${POLICY:-docker}" in
  docker) echo "::notice title=Legacy containers::Cells $legacy use CY2022-or-older CentOS 7 images (glibc 2.17), where node24 actions cannot start; they build with docker run from the host." ;;
  *) echo "::error title=Legacy containers::Cells $legacy use CY2022-or-older CentOS 7 images (glibc 2.17), where GitHub's node24 runtime cannot start any JavaScript action. Exclude those years from the spec, or set legacy-years: docker to build them with docker run from the host."
    exit 1 ;;
esac
