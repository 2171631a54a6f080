#!/usr/bin/env bash
# Start-up time and memory of the Release API on a stored graph, one line per figure.
# usage: tests/GraphPlan.LoadTest/measure-startup.sh SIZE|DB
#   SIZE  entities to generate (e.g. 1000000) into /tmp/graphplan-startup-SIZE.db, kept for the next run
#   DB    an existing database file; it is copied first (the API may write to its file), never changed
# GRAPHPLAN_STARTUP_API names another build folder of the API (default: this tree's Release build, built when missing).
# GRAPHPLAN_STARTUP_LOAD_SECONDS=N then runs each of the five load shapes (tests/GraphPlan.LoadTest/shapes, generated
# ids) for N seconds after 2 s of warm-up, wrk -t1 -c16, response cache and per-client limit off, VmRSS sampled every
# 0.5 s: one line per shape, "load_SHAPE req_s largest_rss_mib" (the largest over its warm-up and its run). Any DOTNET_GC... setting in the environment reaches the API.
# peak_rss: the kernel's high-water mark of the resident set (VmHWM) since the process started.
# Figures: the store's own log lines (store ready, managed heap), /health polled every 0.2 s, VmRSS from /proc, the
# process's CPU seconds from /proc/PID/stat. Note the load average with them: the machine may be shared.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
arg=${1:?usage: measure-startup.sh SIZE|DB}
api=${GRAPHPLAN_STARTUP_API:-$root/src/GraphPlan.Api/bin/Release/net10.0}

if [[ -f $arg ]]; then
  source_db=$arg
else
  source_db=/tmp/graphplan-startup-$arg.db
  [[ -f $source_db ]] || dotnet run -c Release --project "$root/src/GraphPlan.Cli" -- generate --entities "$arg" --database "$source_db" >/dev/null
fi
[[ -f $api/GraphPlan.Api.dll ]] || dotnet build -c Release -p:GraphPlanSkipWebBuild=true "$root/src/GraphPlan.Api" >/dev/null

work=$(mktemp -d /tmp/graphplan-startup.XXXXXX)
pid=
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp "$source_db" "$work/graph.db"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$work/api.log
ticks=$(getconf CLK_TCK)
cpu() { awk -v t="$ticks" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$pid/stat"; }
status_mib() { awk -v field="$1:" '$1 == field { printf "%d", $2 / 1024 }' "/proc/$pid/status"; }
rss() { status_mib VmRSS; }
peak() { status_mib VmHWM; }

echo "database $source_db"
echo "load_average_before $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$api"
start=$(date +%s.%N)
load_seconds=${GRAPHPLAN_STARTUP_LOAD_SECONDS:-0}
settings=(Store__Embedded__Path="$work/graph.db" ASPNETCORE_URLS="http://127.0.0.1:$port")
(( load_seconds > 0 )) && settings+=(RateLimiting__Enabled=false GraphQL__ResponseCache__Enabled=false)
env "${settings[@]}" dotnet GraphPlan.Api.dll >"$log" 2>&1 &
pid=$!
until curl -sf "127.0.0.1:$port/health" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "the API stopped:" >&2; tail -5 "$log" >&2; exit 1; }
  sleep 0.2
done
echo "api_ready_s $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f')"
echo "cpu_at_ready_s $(cpu)"
echo "rss_ready_mib $(rss)"
echo "store_ready_s $(grep -o 'store ready in [0-9.]* ms' "$log" | awk '{ printf "%.1f", $4 / 1000 }')"
echo "managed_heap_ready_mib $(grep -o 'seed not loaded; store ready in [0-9.]* ms; managed heap [0-9]*' "$log" | awk '{ print $NF }')"
until grep -q "Search indexes built" "$log"; do
  kill -0 "$pid" 2>/dev/null || { echo "the API stopped:" >&2; tail -5 "$log" >&2; exit 1; }
  sleep 1
done
sleep 2
echo "search_index_s $(grep -o 'Search indexes built in [0-9.]* ms' "$log" | awk '{ printf "%.1f", $5 / 1000 }')"
echo "rss_after_search_index_mib $(rss)"
echo "peak_rss_so_far_mib $(peak)"
echo "managed_heap_after_search_index_mib $(grep -o 'Search indexes built in [0-9.]* ms; managed heap [0-9]*' "$log" | awk '{ print $NF }')"
echo "cpu_after_search_index_s $(cpu)"
echo "load_average_after $(cut -d' ' -f1-3 /proc/loadavg)"
(( load_seconds > 0 )) || exit 0

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
(while kill -0 "$pid" 2>/dev/null; do echo "$(rss)" >>"$work/samples" 2>/dev/null || true; sleep 0.5; done) &
seen=0
for file in "$root"/tests/GraphPlan.LoadTest/shapes/*.graphql; do
  shape=$(basename "$file" .graphql)
  sed -f "$root/tests/GraphPlan.LoadTest/generated-ids.sed" "$file" |
    python3 -c 'import json, sys; body = json.dumps({"query": sys.stdin.read()}); print("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.body = " + json.dumps(body))' >"$work/$shape.lua"
  wrk -t1 -c16 -d2s -s "$work/$shape.lua" "http://127.0.0.1:$port/graphql" >/dev/null # warm-up (compilation), not counted
  rps=$(wrk -t1 -c16 -d"${load_seconds}s" -s "$work/$shape.lua" "http://127.0.0.1:$port/graphql" | awk '/Requests\/sec/ { print int($2) }')
  echo "load_$shape $rps $(tail -n +"$((seen + 1))" "$work/samples" | sort -n | tail -1)"
  seen=$(wc -l <"$work/samples")
done
echo "load_largest_rss_mib $(sort -n "$work/samples" | tail -1)"
echo "peak_rss_mib $(peak)"
echo "load_average_after_load $(cut -d' ' -f1-3 /proc/loadavg)"
