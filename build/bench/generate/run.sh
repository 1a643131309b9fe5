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

# Runs a command under /usr/bin/time -v; prints "seconds kilobytes".
measure() {
    local log=$out/time.log
    /usr/bin/time -v "$@" >"$out/last.stdout" 2>"$log" || { cat "$log" >&2; return 1; }
    local wall rss
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" \
        | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
    echo "$wall $rss"
}

row() {
    local name=$1 mb=$2 wall=$3 rss=$4
    awk -v n="$name" -v mb="$mb" -v w="$wall" -v r="$rss" \
        'BEGIN { printf "%-14s %8.2f s %9.1f MB/s %8.1f MiB peak RSS\n", n, w, mb / w, r / 1024 }'
}

for size in $sizes; do
    har=$out/synthetic-$size.har
    [ -f "$har" ] || $bench make "$root/../shared/corpus/har" "$har" "$size"
    mb=$(awk -v b="$(stat -c %s "$har")" 'BEGIN { print b / 1048576 }')
    echo "== $(basename "$har") ($mb MB)"

    read -r scan_w scan_r < <(measure $bench scan "$har")
    if [ -n "${HEYGEN_GENERATE:-}" ]; then
        read -r ours_w ours_r < <(measure $HEYGEN_GENERATE "$har")
        ours=generate
    else
        read -r ours_w ours_r < <(measure $bench read "$har")
        ours=reader
    fi
    rm -f "$out/k6-$size.js"
    read -r k6_w k6_r < <(measure node "$k6dir/node_modules/.bin/har-to-k6" "$har" -o "$out/k6-$size.js")
    # har-to-k6 exits 0 when it rejects an archive; only a written script counts.
    [ -s "$out/k6-$size.js" ] || { echo "har-to-k6 wrote no script:" >&2; cat "$out/last.stdout" >&2; exit 1; }

    row "token scan" "$mb" "$scan_w" "$scan_r"
    row "heygen $ours" "$mb" "$ours_w" "$ours_r"
    row "har-to-k6" "$mb" "$k6_w" "$k6_r"
    awk -v s="$scan_w" -v o="$ours_w" -v k="$k6_w" 'BEGIN {
        printf "ratios: heygen/har-to-k6 throughput %.1fx (target >= 10x), heygen/scan %.2f (target >= 0.33)\n",
            k / o, s / o }'
    echo "peak RSS heygen $size MB: $ours_r KiB"
done
