#!/usr/bin/env bash
# Publishes the report: the sticky pull-request comment, the job summary and the step outputs.
# It runs even when the pipeline failed, and never fails the job itself; the gate step does that.
set -euo pipefail

run_dir="${RUN_FOLDER:-}"
if [[ -z "$run_dir" || ! -f "$run_dir/verdict.json" ]]; then
  echo "::warning title=HGCI3012%3A No pipeline result::The pipeline wrote no verdict.json; see the run step's log."
  exit 0
fi

args=(comment --run "$run_dir" --token-env HEYGEN_GITHUB_TOKEN)
[[ -n "${REPORT_NAME:-}" ]] && args+=(--report-name "$REPORT_NAME")
[[ -n "${AUTHOR:-}" ]] && args+=(--author "$AUTHOR")
if [[ "${COMMENT:-true}" != "true" ]]; then
  args+=(--no-publish)
fi

set +e
heygen "${args[@]}"
code=$?
set -e

if [[ $code -ne 0 ]]; then
  # heygen comment has annotated why; the job fails, if it should, in the gate step.
  echo "heygen comment exited $code; the report is in $run_dir/report.md."
fi
