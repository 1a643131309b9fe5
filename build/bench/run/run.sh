#!/usr/bin/env bash
# Benchmarks the direct runner against peers in the same run on one local json-server (build/tools):
#   per-step overhead against a raw HttpClient, and --parallel 32 throughput against wrk on the same endpoint.
# Not part of CI. Output goes to build/bench/out/run/ and the console.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../../.. && pwd)
out=$root/build/bench/out/run
rm -rf "$out" && mkdir -p "$out/db"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 REQNROLL_TELEMETRY_ENABLED=0

cp "$root/tests/HeyGen.Ci.Steps.Tests/JsonServer/db.json" "$out/db/db.json"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$out/db" && exec node "$root/build/tools/node_modules/json-server/lib/cli/bin.js" --port "$port" --host 127.0.0.1 --quiet db.json) &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/products/1" >/dev/null && break; sleep 0.2; done

dotnet build RunBench.csproj -c Release -o "$out/bin" -nologo -v q >/dev/null
wrk -t2 -c32 -d10s "http://127.0.0.1:$port/products/1" | tee "$out/wrk.txt"
dotnet "$out/bin/RunBench.dll" "http://127.0.0.1:$port" "$out/work" | tee "$out/runner.txt"

wrk_rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk.txt")
runner_rps=$(sed -n 's/^RUNNER_RPS=//p' "$out/runner.txt")
python3 -c "print(f'runner / wrk throughput: {float($runner_rps) / float($wrk_rps):.0%} (target >= 70%)')" | tee -a "$out/runner.txt"
