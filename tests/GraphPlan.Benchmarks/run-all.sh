#!/usr/bin/env bash
# Reruns every performance measurement of GraphPlan on this machine and writes the raw output to $OUT
# (default /tmp/graphplan-perf/results). RESULTS.md beside this script records the last run's numbers.
#
#   tests/GraphPlan.Benchmarks/run-all.sh            # everything, about 30-40 minutes on 2 cores
#   STEPS="import bench" tests/GraphPlan.Benchmarks/run-all.sh    # a subset: import, bench, bench1m, load
#
# Machine of record: 2 vCPU (firecracker VM), 24 GiB RAM, no swap, Debian, .NET SDK 10.0.401, SQLite via
# Microsoft.Data.Sqlite 10.0.15, wrk 4.x from Debian. Other processes share the machine: the script prints the load
# average before each step, and numbers taken under load are lower than on an idle machine.
#
# Steps:
#   import   time and peak memory to import each size into an empty store, then start-up with 1M stored (twice)
#   bench    BenchmarkDotNet, in process, seed,1k,10k,100k: store calls and GraphQL execution of schema/queries/*.graphql
#   bench1m  the same at 1M entities with a shorter job (3 iterations)
#   load     the API on 127.0.0.1 under wrk at c=1/16/64 for each example operation: seed, 100k, 1m
#   floor    the five query shapes of shared/notes/performance.md at c=16, 10 s per cell: uncached and cached, each as a
#            share of the bare Kestrel floor, and CPU per request against a baseline commit built here
#            (GRAPHPLAN_BASELINE_COMMIT, default d10e4ac, the code before issue 15's work); then the same shapes at 100k and 1M
#   startup  the API's start-up time and memory with 1M entities stored, then its memory under the five shapes
#            (tests/GraphPlan.LoadTest/measure-startup.sh, GRAPHPLAN_STARTUP_LOAD_SECONDS, default 8)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${OUT:-/tmp/graphplan-perf/results}
STEPS=${STEPS:-"import bench bench1m load"}
LOAD_SECONDS=${LOAD_SECONDS:-5}
BENCH=$ROOT/tests/GraphPlan.Benchmarks/bin/Release/net10.0/GraphPlan.Benchmarks
mkdir -p "$OUT"
cd "$ROOT"

machine() {
  echo "## $1 — $(date -u +%FT%TZ)"
  echo "cpu: $(nproc) x $(lscpu | awk -F: '/Model name/{gsub(/^ +/,"",$2); print $2}'); memory: $(free -g | awk '/Mem:/{print $2}') GiB; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "dotnet: $(dotnet --version); wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
}

command -v wrk >/dev/null || apt-get install -y wrk
dotnet build -c Release src/GraphPlan.Api/GraphPlan.Api.csproj -v q -nologo
dotnet build -c Release tests/GraphPlan.Benchmarks/GraphPlan.Benchmarks.csproj -v q -nologo

for step in $STEPS; do
  case $step in
    import)
      { machine import
        for size in seed 1k 10k 100k; do /usr/bin/time -f "  process max RSS %M KiB" "$BENCH" import $size; done
        rm -f "$OUT/1m.db" "$OUT/1m.db-wal" "$OUT/1m.db-shm"
        /usr/bin/time -f "  process max RSS %M KiB" "$BENCH" import 1m "$OUT/1m.db"
        for run in 1 2; do /usr/bin/time -f "  process max RSS %M KiB" "$BENCH" startup "$OUT/1m.db"; done
      } 2>&1 | tee "$OUT/import.txt" ;;
    bench)
      { machine bench
        GRAPHPLAN_BENCH_SIZES=seed,1k,10k,100k "$BENCH" --filter '*' --artifacts "$OUT/bench"
      } 2>&1 | tee "$OUT/bench.txt" | grep -E '^\|| ## ' || true ;;
    bench1m)
      { machine bench1m
        GRAPHPLAN_BENCH_SIZES=1m GRAPHPLAN_BENCH_ITERATIONS=3 "$BENCH" --filter '*' --artifacts "$OUT/bench1m"
      } 2>&1 | tee "$OUT/bench1m.txt" | grep -E '^\|| ## ' || true ;;
    load)
      for size in seed 100k 1m; do
        { machine "load $size"; "$ROOT/tests/GraphPlan.LoadTest/run-load.sh" $size "$LOAD_SECONDS"; } 2>&1 | tee "$OUT/load-$size.txt"
      done ;;
    floor)
      baseline_commit=${GRAPHPLAN_BASELINE_COMMIT:-d10e4ac}
      baseline_tree=$(mktemp -d /tmp/graphplan-baseline.XXXXXX)
      git -C "$ROOT" worktree add -q --detach "$baseline_tree" "$baseline_commit"
      dotnet build -c Release "$baseline_tree/src/GraphPlan.Api/GraphPlan.Api.csproj" -v q -nologo -p:GraphPlanSkipWebBuild=true
      { machine "floor seed (baseline $baseline_commit)"
        GRAPHPLAN_LOAD_OPERATIONS=shapes GRAPHPLAN_LOAD_BASELINE="$baseline_tree/src/GraphPlan.Api/bin/Release/net10.0/GraphPlan.Api.dll" \
          "$ROOT/tests/GraphPlan.LoadTest/run-load.sh" seed 10 16
        for size in 100k 1m; do
          machine "floor $size"
          GRAPHPLAN_LOAD_OPERATIONS=shapes "$ROOT/tests/GraphPlan.LoadTest/run-load.sh" $size 5 16
        done
      } 2>&1 | tee "$OUT/floor.txt"
      git -C "$ROOT" worktree remove --force "$baseline_tree" ;;
    startup)
      { machine "startup 1m"; GRAPHPLAN_STARTUP_LOAD_SECONDS=${GRAPHPLAN_STARTUP_LOAD_SECONDS:-8} "$ROOT/tests/GraphPlan.LoadTest/measure-startup.sh" 1000000; } 2>&1 | tee "$OUT/startup.txt" ;;
    *) echo "unknown step $step" >&2; exit 2 ;;
  esac
done
