#!/usr/bin/env bash
# Publishes the sample shop on the host and builds its image, so no SDK image is needed.
#
#   samples/build-image.sh [TAG] [SEED]
#   samples/build-image.sh heygen-sample:pr-42 regression
#
# TAG defaults to heygen-ci-sample:local and SEED to none. The image is labelled heygen-ci.sample=true.
# Environment:
#   BASE_IMAGE     the runtime image (default heygen-local/aspnet:10.0)
#   LABELS         more labels, "key=value other=value"
#   CONFIGURATION  what to publish (default Release); NO_BUILD=1 publishes what is already built
#   PUBLISH_NAME   the folder under HeyGen.Ci.Sample/bin to publish to (default publish), so that two builds
#                  at once need not share one
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$here/HeyGen.Ci.Sample
tag=${1:-heygen-ci-sample:local}
seed=${2:-none}
base_image=${BASE_IMAGE:-heygen-local/aspnet:10.0}
publish_name=${PUBLISH_NAME:-publish}
publish_args=(--configuration "${CONFIGURATION:-Release}" --nologo --verbosity quiet -p:UseAppHost=false)
if [ "${NO_BUILD:-}" = 1 ]; then
  publish_args+=(--no-build)
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "${project:?}/bin/$publish_name"
dotnet publish "$project" --output "$project/bin/$publish_name" "${publish_args[@]}"

label_args=(--label heygen-ci.sample=true)
for label in ${LABELS:-}; do
  label_args+=(--label "$label")
done

docker build --quiet --tag "$tag" --build-arg "BASE_IMAGE=$base_image" --build-arg "SEED=$seed" \
  --build-arg "PUBLISH=bin/$publish_name" "${label_args[@]}" "$project" >/dev/null
echo "$tag"
