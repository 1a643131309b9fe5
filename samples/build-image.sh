#!/usr/bin/env bash
# Publishes the sample shop on the host and builds its image, so no SDK image is needed.
#
#   samples/build-image.sh [TAG] [SEED]
#   samples/build-image.sh heygen-sample:pr-42 regression
#
# TAG defaults to heygen-ci-sample:local and SEED to none; BASE_IMAGE overrides the runtime image. The image is
# labelled heygen-ci.sample=true; pass more labels with LABELS="key=value other=value".
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$here/HeyGen.Ci.Sample
tag=${1:-heygen-ci-sample:local}
seed=${2:-none}
base_image=${BASE_IMAGE:-heygen-local/aspnet:10.0}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$project/bin/publish"
dotnet publish "$project" --configuration Release --output "$project/bin/publish" \
  --nologo --verbosity quiet -p:UseAppHost=false

label_args=(--label heygen-ci.sample=true)
for label in ${LABELS:-}; do
  label_args+=(--label "$label")
done

docker build --quiet --tag "$tag" --build-arg "BASE_IMAGE=$base_image" --build-arg "SEED=$seed" \
  "${label_args[@]}" "$project" >/dev/null
echo "$tag"
