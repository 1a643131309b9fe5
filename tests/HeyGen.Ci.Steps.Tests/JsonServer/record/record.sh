#!/usr/bin/env bash
# Re-records the HAR files under ../har from the shop pages, against json-server over a fresh db.json.
# Needs node, build/tools installed (npm ci there) and Debian chromium at /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../../../.. && pwd)
if [ ! -d "$root/build/tools/node_modules/json-server" ]; then
  (cd "$root/build/tools" && npm ci --no-audit --no-fund --loglevel=error)
fi
if [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node record.mjs
