#!/usr/bin/env bash
# Re-records samples/sessions/*.har: builds the sample shop, starts it on 127.0.0.1 with no seeded
# regression, drives headless Chromium through the sessions in record.mjs, and stops the shop again.
#
#   samples/recording/record.sh            # every session, shop on 127.0.0.1:5080
#   PORT=5090 samples/recording/record.sh  # another port (the URLs in the HAR files follow it)
#   samples/recording/record.sh --only 05-checkout-ada
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
samples=$(dirname "$here")
port=${PORT:-5080}
base=http://127.0.0.1:$port
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

dotnet build "$samples/HeyGen.Ci.Sample" --configuration Release --nologo --verbosity quiet
app=$samples/HeyGen.Ci.Sample/bin/Release/net10.0/HeyGen.Ci.Sample.dll

HEYGEN_SAMPLE_SEED=none dotnet "$app" --urls "$base" >"${TMPDIR:-/tmp}/heygen-sample-recording.log" 2>&1 &
shop=$!
trap 'kill "$shop" 2>/dev/null; wait "$shop" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
  if curl -fsS "$base/health" >/dev/null 2>&1; then
    break
  fi
  sleep 0.1
done
curl -fsS "$base/health" >/dev/null

mkdir -p "$samples/sessions"
node "$here/record.mjs" --base "$base" --out "$samples/sessions" "$@"
