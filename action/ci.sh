#!/usr/bin/env bash
# Runs the whole pipeline with `heygen ci`, without commenting and without failing the step: the report step
# publishes next and the gate step fails the job last, so a failing gate still gets its comment.
# Inputs arrive as environment variables, never spliced into the script.
set -euo pipefail

fail() {
  echo "::error title=HGCI3010%3A Invalid action input::$1"
  echo "exit-code=2" >> "$GITHUB_OUTPUT"
  exit 0
}

run_dir="${RUN_FOLDER:-}"
if [[ -z "$run_dir" ]]; then
  run_dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/heygen-run-${GITHUB_RUN_ID:-local}-${GITHUB_RUN_ATTEMPT:-1}"
fi
mkdir -p "$run_dir"
echo "run-folder=$run_dir" >> "$GITHUB_OUTPUT"

args=(ci --run "$run_dir" --sessions "${SESSIONS:-}" --no-comment)

if [[ -n "${IMAGE:-}" && -n "${DOCKERFILE:-}" ]]; then
  fail "give either image or dockerfile, not both."
elif [[ -n "${IMAGE:-}" ]]; then
  args+=(--image "$IMAGE")
elif [[ -n "${DOCKERFILE:-}" ]]; then
  args+=(--dockerfile "$DOCKERFILE" --context "${CONTEXT:-.}")
else
  fail "give image (an image built earlier in the job) or dockerfile."
fi

if [[ -n "${BASELINE_IMAGE:-}" ]]; then
  args+=(--baseline-image "$BASELINE_IMAGE")
fi

for pair in "fail-threshold:${FAIL_THRESHOLD:-}" "warn-threshold:${WARN_THRESHOLD:-}"; do
  value="${pair#*:}"
  if [[ -n "$value" && ! "$value" =~ ^[0-9]+(\.[0-9]+)?$ ]]; then
    fail "${pair%%:*} must be a number such as 0.8."
  fi
done

[[ -n "${FAIL_THRESHOLD:-}" ]] && args+=(--fail-threshold "$FAIL_THRESHOLD")
[[ -n "${WARN_THRESHOLD:-}" ]] && args+=(--warn-threshold "$WARN_THRESHOLD")

case "${FAIL_ON:-fail}" in
  fail | warn | inconclusive | never) args+=(--fail-on "${FAIL_ON:-fail}") ;;
  *) fail "fail-on must be one of fail, warn, inconclusive, never." ;;
esac

if [[ -n "${REPORT_NAME:-}" ]]; then
  args+=(--report-name "$REPORT_NAME")
fi

set +e
heygen "${args[@]}"
code=$?
set -e

echo "exit-code=$code" >> "$GITHUB_OUTPUT"
