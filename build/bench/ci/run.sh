#!/usr/bin/env bash
# Times `heygen ci` on the sample (the embedded default heygen.json at the repository root, in Docker) against
# the same stages run one by one as separate commands in the same run: heygen generate, heygen run (candidate,
# baseline and the baseline's noise run), heygen score, heygen gate and heygen comment. Both sides use the same
# two images, built once before timing, and the two alternate. Prints each round, the medians per stage and the
# ratio ci / one by one (the goal: heygen ci adds at most 10 %). Not part of CI.
#
#   build/bench/ci/run.sh [rounds, default 3]
#
# The candidate is the clean sample, the same image as the baseline (a pull request that passes); SEED=regression
# makes it the seeded regression instead (a renamed field and a slowed route: the gate fails).
set -euo pipefail

cd "$(dirname "$0")/../../.."
root=$PWD
out=$root/build/bench/out/ci
rounds=${1:-3}
id=$$
seed=${SEED:-none}
clean=heygen-bench-ci:clean-$id
candidate=$clean
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 REQNROLL_TELEMETRY_ENABLED=0 NO_COLOR=1 COLUMNS=200
for name in $(env | sed -n 's/^\(GITHUB_[A-Za-z0-9_]*\)=.*/\1/p'); do
    unset "$name"
done

rm -rf "$out"
mkdir -p "$out/runs"
dotnet build src/HeyGen.Ci.Cli -c Release -o "$out/bin" --nologo --verbosity quiet >/dev/null
heygen=(dotnet "$out/bin/heygen.dll")

# The images the benchmark built; removed on any exit, so an interrupted run leaves none behind.
cleanup() {
    docker rmi --force "$clean" "$candidate" >/dev/null 2>&1 || true
}
trap cleanup EXIT

LABELS="heygen-bench-ci=$id" PUBLISH_NAME=bench-ci samples/build-image.sh "$clean" none >/dev/null
if [ "$seed" != none ]; then
    candidate=heygen-bench-ci:$seed-$id
    LABELS="heygen-bench-ci=$id" PUBLISH_NAME=bench-ci samples/build-image.sh "$candidate" "$seed" >/dev/null
fi

now_ms() {
    echo $(($(date +%s%N) / 1000000))
}

# Runs one command with its output in the round's log; exits 0 and 1 are results (pass, fail), the rest an error.
step() {
    local log=$1
    shift
    local code=0
    "$@" >>"$log" 2>&1 || code=$?
    if [ "$code" -gt 1 ]; then
        echo "failed ($code): $*" >&2
        tail -20 "$log" >&2
        exit 1
    fi
}

# heygen ci in one process: the wall time from outside and the stage times from its ci.json.
ci_round() {
    local round=$1 run=$out/runs/ci-$id-$1 started
    started=$(now_ms)
    step "$out/ci-$round.log" "${heygen[@]}" ci --image "$candidate" --baseline-image "$clean" --run "$run"
    local wall=$(($(now_ms) - started))
    jq -r --arg wall "$wall" '
        def ms(names): [.stages[] | select(.stage as $s | names | index($s)) | .durationMs] | add;
        [$wall, ms(["generate"]),
         ms(["start", "run baseline", "run candidate", "run baseline-2"]),
         ms(["score"]), ms(["gate"]), ms(["report"])] | map(tonumber | floor) | @tsv' \
        "$run/ci.json" | sed "s/^/ci\t$round\t/" >>"$out/times.tsv"
}

# The same stages as separate commands, each timed from outside.
stages_round() {
    local round=$1 run=$out/runs/stages-$id-$1 log=$out/stages-$1.log times=() started
    mkdir -p "$run"
    local commands=(
        "generate --sessions samples/sessions --out $run/features --analysis $run/analysis.json"
        "run --run $run --features $run/features --image $candidate --baseline-image $clean --noise-run
            --ready-path /health --parallel 4 --retries 1 --env HEYGEN_SECRET_BODY_PASSWORD=demo-password"
        "score --run $run"
        "gate --run $run"
        "comment --run $run --no-publish"
    )
    for command in "${commands[@]}"; do
        started=$(now_ms)
        # shellcheck disable=SC2086 # the command is split into its words on purpose
        step "$log" "${heygen[@]}" $command
        times+=($(($(now_ms) - started)))
    done

    local total=0
    for t in "${times[@]}"; do
        total=$((total + t))
    done
    printf 'stages\t%s\t%s\t%s\n' "$round" "$total" "$(IFS=$'\t'; echo "${times[*]}")" >>"$out/times.tsv"
}

printf 'side\tround\ttotal\tgenerate\trun\tscore\tgate\treport\n' >"$out/times.tsv"
for round in $(seq 1 "$rounds"); do
    # Alternate which side goes first, so neither always runs on a machine the other just warmed.
    if [ $((round % 2)) -eq 1 ]; then
        ci_round "$round"
        stages_round "$round"
    else
        stages_round "$round"
        ci_round "$round"
    fi
done

# The same verdict on both sides, or the comparison is of different work.
for round in $(seq 1 "$rounds"); do
    a=$(jq -r .decision "$out/runs/ci-$id-$round/verdict.json")
    b=$(jq -r .decision "$out/runs/stages-$id-$round/verdict.json")
    if [ "$a" != "$b" ]; then
        echo "round $round: heygen ci decided $a, the stages one by one $b" >&2
        exit 1
    fi

    # Both sides remove what they started; a container left running would load the next round.
    for run_id in "ci-$id-$round" "stages-$id-$round"; do
        left=$(docker ps -aq --filter "label=heygen-ci.run-id=$run_id")
        if [ -n "$left" ]; then
            echo "run $run_id left containers behind: $left" >&2
            exit 1
        fi
    done
done

column -t "$out/times.tsv"
echo
awk -F'\t' 'NR > 1 { for (i = 3; i <= 8; i++) v[$1, i, ++n[$1, i]] = $i }
    function median(side, i,    k, m, a, j, t) {
        m = n[side, i]
        for (k = 1; k <= m; k++) { a[k] = v[side, i, k] }
        # A few rounds only: a plain exchange sort is enough.
        for (k = 1; k <= m; k++) {
            for (j = k + 1; j <= m; j++) { if (a[j] < a[k]) { t = a[k]; a[k] = a[j]; a[j] = t } }
        }
        return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
    }
    END {
        split("total generate run score gate report", names, " ")
        printf "%-9s %12s %12s %8s\n", "median", "ci ms", "stages ms", "ratio"
        for (i = 3; i <= 8; i++) {
            c = median("ci", i); s = median("stages", i)
            printf "%-9s %12d %12d %8.3f\n", names[i - 2], c, s, (s > 0 ? c / s : 0)
        }
        c = median("ci", 3); s = median("stages", 3)
        printf "\nheygen ci / stages one by one: %.3f (%+.1f %%; goal: at most +10 %%)\n", c / s, (c / s - 1) * 100
    }' "$out/times.tsv" | tee "$out/summary.txt"
