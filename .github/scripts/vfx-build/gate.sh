#!/usr/bin/env bash
# The one stable required check: fails when any job it needs failed or was cancelled (skipped on purpose passes).
# in: RESULTS (toJSON(needs))
set -euo pipefail
jq -r 'to_entries[] | "\(.key): \(.value.result)"' <<<"$RESULTS"
failed=$(jq -r '[to_entries[] | select(.value.result == "failure" or .value.result == "cancelled") | .key] | join(", ")' <<<"$RESULTS")
if [ -n "$failed" ]; then
  echo "::error title=CI gate::Failed or cancelled: $failed"
  exit 1
fi
