#!/usr/bin/env bash
# Benchmark of reading large HAR files: the product's reader (or `heygen generate` when HEYGEN_GENERATE names
# a command line to run, e.g. "dotnet src/HeyGen.Ci.Cli/bin/Release/net10.0/heygen.dll generate --out DIR"),
# har-to-k6 from npm, and a bare Utf8JsonReader token scan of the same files. Prints wall time, MB/s and peak
# RSS of each and the ratios. Not part of CI. Usage: build/bench/generate/run.sh [sizes in MB, default "50 200"]
set -euo pipefail

cd "$(dirname "$0")/../../.."
root=$PWD
out=$root/build/bench/out/generate
sizes=${*:-50 200}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 REQNROLL_TELEMETRY_ENABLED=0

mkdir -p "$out"
dotnet build build/bench/IngestBench -c Release -o "$out/bin" >/dev/null
bench="dotnet $out/bin/IngestBench.dll"

k6dir=$out/har-to-k6
if [ ! -x "$k6dir/node_modules/.bin/har-to-k6" ]; then
    npm install --prefix "$k6dir" --no-audit --no-fund --no-save --loglevel=error har-to-k6@0.14.16 >/dev/null
fi

# Runs a command under /usr/bin/time -v; prints "wall-seconds kilobytes cpu-seconds". CPU time (user + system)
# is printed beside wall time because on a shared machine wall time mostly measures the other tenants.
measure() {
    local log=$out/time.log
    /usr/bin/time -v "$@" >"$out/last.stdout" 2>"$log" || { cat "$log" >&2; return 1; }
    local wall rss cpu
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" \
        | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
    cpu=$(awk -F': ' '/User time|System time/ { t += $2 } END { print t }' "$log")
    echo "$wall $rss $cpu"
}

row() {
    local name=$1 mb=$2 wall=$3 rss=$4 cpu=$5
    awk -v n="$name" -v mb="$mb" -v w="$wall" -v r="$rss" -v c="$cpu" 'BEGIN {
        printf "%-16s %7.2f s wall %7.1f MB/s  %7.2f s cpu %7.1f MB/cpu-s  %7.1f MiB peak RSS\n",
            n, w, mb / w, c, mb / c, r / 1024 }'
}

for size in $sizes; do
    har=$out/synthetic-$size.har
    [ -f "$har" ] || $bench make "$root/../shared/corpus/har" "$har" "$size"
    mb=$(awk -v b="$(stat -c %s "$har")" 'BEGIN { print b / 1048576 }')
    echo "== $(basename "$har") ($mb MB)"

    read -r scan_w scan_r scan_c < <(measure $bench scan "$har")
    if [ -n "${HEYGEN_GENERATE:-}" ]; then
        read -r ours_w ours_r ours_c < <(measure $HEYGEN_GENERATE "$har")
        ours=generate
    else
        read -r ours_w ours_r ours_c < <(measure $bench read "$har")
        ours=reader
    fi
    # The same reader with the JIT compiling fully up front: on a loaded machine the tiering thread starves
    # and the hot loops run unoptimised for long, so this row shows what the code costs.
    read -r full_w full_r full_c < <(measure env DOTNET_TieredCompilation=0 $bench read "$har")
    rm -f "$out/k6-$size.js"
    read -r k6_w k6_r k6_c < <(measure node "$k6dir/node_modules/.bin/har-to-k6" "$har" -o "$out/k6-$size.js")
    # har-to-k6 exits 0 when it rejects an archive; only a written script counts.
    [ -s "$out/k6-$size.js" ] || { echo "har-to-k6 wrote no script:" >&2; cat "$out/last.stdout" >&2; exit 1; }

    row "token scan" "$mb" "$scan_w" "$scan_r" "$scan_c"
    row "heygen $ours" "$mb" "$ours_w" "$ours_r" "$ours_c"
    row "reader, no tier" "$mb" "$full_w" "$full_r" "$full_c"
    row "har-to-k6" "$mb" "$k6_w" "$k6_r" "$k6_c"
    awk -v s="$scan_w" -v o="$ours_w" -v k="$k6_w" -v sc="$scan_c" -v oc="$ours_c" -v kc="$k6_c" 'BEGIN {
        printf "ratios (wall): heygen/har-to-k6 %.1fx (target >= 10x), heygen/scan %.2f (target >= 0.33)\n",
            k / o, s / o
        printf "ratios (cpu):  heygen/har-to-k6 %.1fx, heygen/scan %.2f\n", kc / oc, sc / oc }'
    awk -v s="$scan_c" -v o="$full_c" -v k="$k6_c" 'BEGIN {
        printf "ratios (cpu, no tiering): reader/har-to-k6 %.1fx, reader/scan %.2f\n", k / o, s / o }'
    echo "peak RSS heygen $size MB: $ours_r KiB"
done
