#!/usr/bin/env bash
# No-op incremental build of a consumer test project with HeyGen.Ci.MSBuild, side by side with the same
# project without the package (same sources: the generated code-behind copied in as ordinary files, the same
# runtime library referenced directly), so the difference is the package's targets alone.
# Target: median(with) / median(without) <= 1.2.
#   build/bench/msbuild/noop-build.sh [rounds]        (default 7 rounds, alternating the two projects)
set -euo pipefail

rounds=${1:-7}
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/heygen-bench-msbuild.XXXXXX")
version="0.1.0-bench.$(date -u +%Y%m%d%H%M%S).$$"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 REQNROLL_TELEMETRY_ENABLED=0 MSBUILDDISABLENODEREUSE=1
trap 'rm -rf "$work"' EXIT

echo "packing $version" >&2
dotnet msbuild "$root/build/pack/HeyGen.Ci.MSBuild.Packages.proj" -nologo -v:q -tl:off \
  -p:PackageOutputPath="$work/feed/" -p:Version="$version" >&2

project() { # name, package line, extra items
  mkdir -p "$work/$1"
  cat > "$work/$1/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="heygen-local" value="$work/feed" /></packageSources></configuration>
XML
  cat > "$work/$1/Shop.Tests.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework><OutputType>Exe</OutputType><Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings><RootNamespace>Shop.Tests</RootNamespace>
    <HeyGenCiTarget>http://127.0.0.1:5000</HeyGenCiTarget>
  </PropertyGroup>
  <ItemGroup>
    $2
    <PackageReference Include="xunit.v3.mtp-off" Version="4.0.3" />
    <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
    $3
  </ItemGroup>
</Project>
XML
}

with=with-package
without=without-package
project "$with" "<PackageReference Include=\"HeyGen.Ci.MSBuild\" Version=\"$version\" />" ""
mkdir -p "$work/$with/Sessions"
cp "$root"/../shared/corpus/cases/B12-token-correlation.har "$work/$with/Sessions/"
(cd "$work/$with" && dotnet build -nologo -tl:off -v:q >&2)

# The peer: the same sources and runtime, compiled as plain files.
project "$without" "<PackageReference Include=\"HeyGen.Ci.Xunit\" Version=\"$version\" />" \
  '<EmbeddedResource Include="Features/**/*.feature" LogicalName="HeyGenCi/%(Filename)%(Extension)" />
   <None Include="heygen-ci.runtime.json" CopyToOutputDirectory="PreserveNewest" />'
cp -r "$work/$with/Features" "$work/$without/"
mkdir -p "$work/$without/Generated"
cp "$work/$with"/obj/Debug/net10.0/HeyGenCi/CodeBehind/*.cs "$work/$without/Generated/"
cp "$work/$with"/obj/Debug/net10.0/HeyGenCi/heygen-ci.runtime.json "$work/$without/"
(cd "$work/$without" && dotnet build -nologo -tl:off -v:q >&2)

time_build() { # folder -> seconds
  local start end
  start=$(date +%s.%N)
  (cd "$1" && dotnet build --no-restore -nologo -tl:off -v:q >/dev/null)
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

declare -a a b
for ((i = 0; i < rounds; i++)); do
  a+=("$(time_build "$work/$with")")
  b+=("$(time_build "$work/$without")")
done

python3 - "${a[*]}" "${b[*]}" <<'PY'
import statistics, sys
w = [float(x) for x in sys.argv[1].split()]
o = [float(x) for x in sys.argv[2].split()]
mw, mo = statistics.median(w), statistics.median(o)
print(f"no-op build, {len(w)} rounds each, alternating")
print(f"  with HeyGen.Ci.MSBuild : median {mw:.2f}s  (min {min(w):.2f}s, max {max(w):.2f}s)")
print(f"  without (same sources) : median {mo:.2f}s  (min {min(o):.2f}s, max {max(o):.2f}s)")
print(f"  ratio                  : {mw / mo:.2f}x  (target <= 1.20x)")
PY
