#!/usr/bin/env bash
# Resident memory of the Release API on a stored graph while the five load shapes run, one line per run:
#   tests/GraphPlan.LoadTest/measure-load-rss.sh LABEL DB
#     LABEL  a name for the line (e.g. the build or the GC setting measured)
#     DB     an existing database file (e.g. a generated 1M graph); it is copied first, never changed
# GRAPHPLAN_RSS_API names another build folder of the API; GRAPHPLAN_RSS_SECONDS the seconds per shape (default 8);
# GRAPHPLAN_RSS_IDLE the seconds to wait after the search index is ready (default 10: the collection that follows it).
# Any other environment (DOTNET_GC... settings) passes to the server. VmRSS is sampled every 0.5 s; the line gives the
# time to /health, the RSS when idle, then per shape (c=16, wrk -t1, response cache off) "req/s/largest RSS in MiB",
# and the median and largest RSS over the whole run. Note the load average: the machine may be shared.
set -euo pipefail
label=${1:?usage: measure-load-rss.sh LABEL DB}
db=${2:?usage: measure-load-rss.sh LABEL DB}
root=$(cd "$(dirname "$0")/../.." && pwd)
api=${GRAPHPLAN_RSS_API:-$root/src/GraphPlan.Api/bin/Release/net10.0}
[[ -f $api/GraphPlan.Api.dll ]] || dotnet build -c Release -p:GraphPlanSkipWebBuild=true "$root/src/GraphPlan.Api" >/dev/null
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

work=$(mktemp -d /tmp/graphplan-rss.XXXXXX)
pid=
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp "$db" "$work/graph.db"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
rss() { awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status"; }

start=$(date +%s.%N)
(cd "$api" && Store__Embedded__Path=$work/graph.db ASPNETCORE_URLS=http://127.0.0.1:$port RateLimiting__Enabled=false \
  GraphQL__ResponseCache__Enabled=false Logging__LogLevel__Default=Warning exec dotnet GraphPlan.Api.dll) >"$work/api.log" 2>&1 &
pid=$!
until curl -sf "127.0.0.1:$port/health" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "the API stopped:" >&2; tail -5 "$work/api.log" >&2; exit 1; }
  sleep 0.2
done
ready=$(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f')
curl -s -m 600 -H 'Content-Type: application/json' --data '{"query":"{ search(text: \"港区\") { totalCount } }"}' "127.0.0.1:$port/graphql" >/dev/null
sleep "${GRAPHPLAN_RSS_IDLE:-10}"
line="$label load_average=$(cut -d' ' -f1 /proc/loadavg) ready_s=$ready rss_idle=$(rss)"
(while kill -0 "$pid" 2>/dev/null; do rss >>"$work/samples" 2>/dev/null || true; sleep 0.5; done) &
seen=0
for file in "$root"/tests/GraphPlan.LoadTest/shapes/*.graphql; do
  op=$(basename "$file" .graphql)
  sed -e s/target:hydrogen-output-2025/target:p0-0/ -e s/industry:aerospace-high-end-equipment/industry:p0-core-0/ \
      -e s/indicator:container-throughput/indicator:p0-0/ -e s/project:landspace-jiaxing-centre/project:p0-0/ "$file" |
    python3 -c 'import json, sys; body = json.dumps({"query": sys.stdin.read()}); print("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.body = " + json.dumps(body))' >"$work/$op.lua"
  rps=$(wrk -t1 -c16 -d"${GRAPHPLAN_RSS_SECONDS:-8}s" -s "$work/$op.lua" "http://127.0.0.1:$port/graphql" | awk '/Requests\/sec/ { print int($2) }')
  largest=$(tail -n +"$((seen + 1))" "$work/samples" | sort -n | tail -1)
  seen=$(wc -l <"$work/samples")
  line="$line ${op%%-*}:$rps/$largest"
done
sort -n "$work/samples" >"$work/sorted"
count=$(wc -l <"$work/sorted")
echo "$line rss_median=$(sed -n "$((count / 2 + 1))p" "$work/sorted") rss_largest=$(tail -1 "$work/sorted")"
