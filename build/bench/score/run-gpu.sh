#!/usr/bin/env bash
# Runs the published GPU benchmark: joins the CUDA provider library from its parts, checks it, and runs the
# benchmark with CUDA first (it falls back to CPU, and says so, when CUDA 13 / cuDNN 9 or the driver is missing).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cuda=$here/app/libonnxruntime_providers_cuda.so
if [ ! -f "$cuda" ]; then
  cat "$here"/parts/libonnxruntime_providers_cuda.so.part-* > "$cuda"
fi

echo "$(cat "$here/parts/libonnxruntime_providers_cuda.so.sha256")  $cuda" | sha256sum -c -
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || echo "nvidia-smi not found"

"$here/app/HeyGen.Ci.Bench.Score" --provider auto --threads 1 --rows "${ROWS:-1000,100000,1000000}" "$@"
"$here/app/HeyGen.Ci.Bench.Score" --provider cpu --threads 1,2 --rows "${ROWS:-1000,100000,1000000}" "$@"
