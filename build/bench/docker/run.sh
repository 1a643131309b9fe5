#!/usr/bin/env bash
# Times build, create, start, ready and stop of a Dockerfile through HeyGen CI and, in the same run, through
# the docker CLI doing the same steps; prints medians and the ratio product / CLI.
#
#   build/bench/docker/run.sh --dockerfile samples/app/Dockerfile [--context samples/app] [--port 8080]
#                             [--path /health] [--repeat 5] [--build-arg BASE_IMAGE=heygen-local/aspnet:10.0]
#
# Without --dockerfile it measures the Docker tests' own httpd image.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ " $* " != *" --dockerfile "* ]]; then
    set -- "$@" --dockerfile tests/HeyGen.Ci.Docker.Tests/Images/httpd/Dockerfile --path /health \
        --build-arg BASE_IMAGE=heygen-local/runtime-deps:12
fi

mkdir -p build/bench/out
dotnet run --project build/bench/docker/DockerBench -c Release -- "$@" | tee build/bench/out/docker.md
