#!/usr/bin/env bash
# The last step: fails the job with the pipeline's exit code, after the comment was posted.
set -euo pipefail

code="${EXIT_CODE:-}"
if [[ ! "$code" =~ ^[0-9]+$ ]]; then
  echo "::error title=HGCI3012%3A No pipeline result::The run step recorded no exit code; see its log."
  exit 1
fi

case "$code" in
  0) echo "HeyGen CI gate: ${VERDICT//[^a-z]/}." ;;
  3) echo "::error title=HeyGen CI::The gate was inconclusive (exit 3); see the job summary." ;;
  4) echo "::error title=HeyGen CI::Something the pipeline needs is missing (exit 4); see the run step's log." ;;
  *) echo "::error title=HeyGen CI::The gate failed (exit $code, verdict ${VERDICT//[^a-z]/}); see the job summary." ;;
esac

exit "$code"
