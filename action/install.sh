#!/usr/bin/env bash
# Installs the heygen tool into a folder of its own and puts it on PATH for the later steps.
# Inputs arrive as environment variables: TOOL_VERSION, TOOL_SOURCE (optional extra package source).
set -euo pipefail

tool_dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/heygen-tool"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "::error title=HGCI3011%3A Tool installation failed::No .NET SDK on this runner." \
    "Add actions/setup-dotnet (10.0.x) before this action."
  exit 4
fi

version="${TOOL_VERSION:-}"
if [[ ! "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+([-.+][0-9A-Za-z.-]+)?$ ]]; then
  echo "::error title=HGCI3010%3A Invalid action input::tool-version '${version//[$'\r\n%']/_}' is not a version such as 0.1.0."
  exit 2
fi

args=(tool install HeyGen.Ci.Tool --tool-path "$tool_dir" --version "$version")
if [[ -n "${TOOL_SOURCE:-}" ]]; then
  args+=(--add-source "$TOOL_SOURCE")
fi

echo "::group::Install heygen $version"
if ! "$tool_dir/heygen" --version 2>/dev/null | grep -qxF "$version"; then
  if ! dotnet "${args[@]}"; then
    echo "::endgroup::"
    echo "::error title=HGCI3011%3A Tool installation failed::dotnet tool install HeyGen.Ci.Tool $version" \
      "failed; check tool-version and tool-source."
    exit 4
  fi
fi
echo "::endgroup::"

echo "$tool_dir" >> "$GITHUB_PATH"
echo "tool-path=$tool_dir" >> "$GITHUB_OUTPUT"
