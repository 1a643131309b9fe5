#!/usr/bin/env bash
# Publishes the scoring benchmark self-contained for linux-x64 with the CUDA runtime of ONNX Runtime
# (HeyGenCiOnnxRuntime=gpu), and splits the 289 MB CUDA provider library into parts small enough to carry.
# Output: build/bench/out/score-gpu/ (the app, parts/ and run-gpu.sh). See README.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out=$root/build/bench/out/score-gpu
part_size=${PART_SIZE:-60M}

rm -rf "$out"
dotnet publish "$here/HeyGen.Ci.Bench.Score.csproj" -c Release -r linux-x64 --self-contained \
  -p:HeyGenCiOnnxRuntime=gpu -o "$out/app"

cuda=$out/app/libonnxruntime_providers_cuda.so
mkdir -p "$out/parts"
split -b "$part_size" -d "$cuda" "$out/parts/libonnxruntime_providers_cuda.so.part-"
sha256sum "$cuda" | awk '{print $1}' > "$out/parts/libonnxruntime_providers_cuda.so.sha256"
rm "$cuda"
cp "$here/run-gpu.sh" "$out/run-gpu.sh"

echo "published to $out ($(du -sh "$out" | cut -f1)); CUDA provider in $(ls "$out/parts" | grep -c part-) parts"
