#!/usr/bin/env bash
# Load run against the API on loopback only (127.0.0.1), and against "the floor" in the same run: a bare Kestrel
# endpoint (GraphPlan.Benchmarks floor) that answers each request with the response bytes the API gave it, doing no
# other work. Each operation's requests/s is reported as a share of the floor's, which cancels out the machine's speed.
#
#   tests/GraphPlan.LoadTest/run-load.sh SIZE [SECONDS] [CONCURRENCIES]
#     SIZE           seed (the curated plan, loaded by the API on first start) or a generated size: 1k, 10k, 100k, 1m
#     SECONDS        per cell, default 5
#     CONCURRENCIES  default "1 16 64"
#   GRAPHPLAN_LOAD_API         another build of GraphPlan.Api.dll to measure instead of this checkout's
#   GRAPHPLAN_LOAD_BASELINE    a build of an older commit's GraphPlan.Api.dll, measured uncached in the same run: the
#                              table then gives its CPU per request and this build's as a share of it (before/after)
#   GRAPHPLAN_LOAD_WARMUP      seconds each operation runs at c=16 on each server before anything is measured (default 5)
#   GRAPHPLAN_LOAD_OPERATIONS  shapes (the five shapes of shared/notes/performance.md, in shapes/), examples
#                              (schema/queries/*.graphql) or all (default)
#
# wrk with one thread, POST of the GraphQL document (as in shared/notes/performance.md). The per-client rate limit is
# switched off (RateLimiting__Enabled=false): one wrk client is not many clients. The API runs first with its response
# cache off (every request executes), then once more with it on (every request after the first is a hit), then the
# floor; one server at a time.
# Prints markdown tables: the checked answer's size in bytes, req/s, the share of the floor, server CPU time per request (user+system of the server
# process / requests), p50, p99, errors (non-2xx, socket errors, or GraphQL errors in a checked response), the 1-minute
# load average when the cell started and the server's resident memory after each operation. wrk and the server share
# the machine (2 cores, shared with other work): with a load average above ~1 before a cell, its numbers are upper
# bounds of cost (lower bounds of throughput). Needs wrk (apt-get install -y wrk) and a Release build of
# src/GraphPlan.Api and tests/GraphPlan.Benchmarks (run-all.sh builds them).
set -euo pipefail

SIZE=${1:?size: seed, 1k, 10k, 100k or 1m}
SECONDS_PER_CELL=${2:-5}
CONCURRENCIES=${3:-"1 16 64"}
OPERATIONS=${GRAPHPLAN_LOAD_OPERATIONS:-all}
WARMUP=${GRAPHPLAN_LOAD_WARMUP:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
API=${GRAPHPLAN_LOAD_API:-$ROOT/src/GraphPlan.Api/bin/Release/net10.0/GraphPlan.Api.dll}
BENCH=$ROOT/tests/GraphPlan.Benchmarks/bin/Release/net10.0/GraphPlan.Benchmarks
WORK=$(mktemp -d /tmp/graphplan-load.XXXXXX)
TICK=$(getconf CLK_TCK)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f "$API" ] || { echo "build first: dotnet build -c Release src/GraphPlan.Api" >&2; exit 1; }
[ -f "$BENCH" ] || { echo "build first: dotnet build -c Release tests/GraphPlan.Benchmarks" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=${GRAPHPLAN_LOAD_PORT:-$(free_port)}
URL=http://127.0.0.1:$PORT

SERVER=
stop_server() { if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=; fi; }
cleanup() { stop_server; rm -rf "$WORK"; }
trap cleanup EXIT

wait_ready() {
  until curl -fs "$URL/health" >/dev/null 2>&1; do
    kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.1
  done
}

DB=$WORK/graph.db
if [ "$SIZE" != seed ]; then
  "$BENCH" import "$SIZE" "$DB" >&2
fi

# Ids in the operations that only the curated plan has, and their generated equivalents.
if [ "$SIZE" = seed ]; then
  SUBST=cat
else
  SUBST="sed -f $ROOT/tests/GraphPlan.LoadTest/generated-ids.sed"
fi

FILES=()
case $OPERATIONS in
  shapes) FILES=("$ROOT"/tests/GraphPlan.LoadTest/shapes/*.graphql) ;;
  examples) FILES=("$ROOT"/schema/queries/*.graphql) ;;
  all) FILES=("$ROOT"/tests/GraphPlan.LoadTest/shapes/*.graphql "$ROOT"/schema/queries/*.graphql) ;;
  *) echo "GRAPHPLAN_LOAD_OPERATIONS: shapes, examples or all" >&2; exit 2 ;;
esac

mkdir -p "$WORK/bodies"
OPS=()
for file in "${FILES[@]}"; do
  op=$(basename "$file" .graphql)
  vars=null
  [ "$op" = search ] && vars='{"text":"hydrogen"}'
  $SUBST "$file" | python3 -c 'import json,sys; sys.stdout.write(json.dumps({"query": sys.stdin.read(), "variables": json.loads(sys.argv[1])}))' "$vars" > "$WORK/bodies/$op.json"
  python3 - "$WORK/bodies/$op.json" > "$WORK/$op.lua" <<'PY'
import json, sys
body = open(sys.argv[1]).read()
print('wrk.method = "POST"')
print('wrk.headers["Content-Type"] = "application/json"')
print('wrk.body = ' + json.dumps(body))
PY
  OPS+=("$op")
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
rss() { awk '/VmRSS/{r=$2} /VmHWM/{h=$2} END{printf "%d / %d", r/1024, h/1024}' "/proc/$SERVER/status"; }

# One cell: wrk against the running server; appends "server op c rps requests cpu_us_per_request p50 p99 errors load" to results.
cell() {
  local server=$1 op=$2 c=$3 graphql_errors=$4
  local load before after out rps requests p50 p99 non2xx socket errors cpu
  wrk -t1 -c"$c" -d1s -s "$WORK/$op.lua" "$URL/graphql" > /dev/null # warm-up (JIT, caches), not counted
  load=$(cut -d' ' -f1 /proc/loadavg)
  before=$(cpu_ticks)
  out=$(wrk -t1 -c"$c" -d"${SECONDS_PER_CELL}s" --latency -s "$WORK/$op.lua" "$URL/graphql")
  after=$(cpu_ticks)
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  requests=$(echo "$out" | awk '/requests in/{print $1}')
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/{print $NF}')
  socket=$(echo "$out" | awk '/Socket errors/{gsub(",", ""); print $4+$6+$8+$10}')
  errors=$(( ${non2xx:-0} + ${socket:-0} + graphql_errors ))
  cpu=$(awk -v t=$((after - before)) -v n="${requests:-0}" -v hz="$TICK" 'BEGIN{ if (n > 0) printf "%.0f", t * 1000000 / hz / n; else print "-" }')
  echo "$server $op $c ${rps%.*} ${requests:-0} $cpu $p50 $p99 $errors $load" >> "$WORK/results"
}

run_api() {
  local label=$1 cache=$2 api=${3:-$API} start ready
  start=$(date +%s.%N)
  ASPNETCORE_URLS=$URL ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    Store__Kind=embedded Store__Embedded__Path=$DB Seed__Path=$ROOT/seed RateLimiting__Enabled=false \
    GraphQL__ResponseCache__Enabled=$cache \
    dotnet "$api" > "$WORK/server.log" 2>&1 &
  SERVER=$!
  wait_ready
  ready=$(date +%s.%N)
  # The search index is built in the background after start (about a minute at 1M): a first search waits for it, so
  # no cell is measured while the build shares the cores.
  curl -s -m 600 -H 'Content-Type: application/json' --data '{"query":"{ search(text: \"港区\") { totalCount } }"}' "$URL/graphql" > /dev/null
  echo "size=$SIZE api ($label) ready in $(echo "$ready - $start" | bc) s; $(curl -s "$URL/health"); RSS / peak after start-up: $(rss) MiB"
  declare -A graphql_errors=()
  for op in "${OPS[@]}"; do
    # One checked request: the answer must have data and no errors. The floor serves this build's bytes (label api).
    local answer="$WORK/bodies/$op.response"
    [ "$label" = api ] || answer="$WORK/$label-$op.response"
    curl -s -H 'Content-Type: application/json' --data-binary @"$WORK/bodies/$op.json" -o "$answer" "$URL/graphql"
    graphql_errors[$op]=0
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(1 if d.get("errors") or not d.get("data") else 0)' "$answer" || graphql_errors[$op]=1
  done
  warm_up
  for op in "${OPS[@]}"; do
    for c in $CONCURRENCIES; do cell "$label" "$op" "$c" "${graphql_errors[$op]}"; done
    echo "$op $(rss)" >> "$WORK/rss-$label"
  done
  stop_server
}

# Every operation at c=16 for WARMUP seconds before any cell is measured: on 2 cores shared with wrk, the JIT's
# background tier-up of a fresh process takes seconds, and without this the first operation measured paid for it
# (entity by id measured 3-4x slower in its first seconds than after).
warm_up() {
  for op in "${OPS[@]}"; do
    wrk -t1 -c16 -d"${WARMUP}s" -s "$WORK/$op.lua" "$URL/graphql" > /dev/null
  done
}

run_api api false
run_api cached true
BASELINE=${GRAPHPLAN_LOAD_BASELINE:-}
if [ -n "$BASELINE" ]; then
  [ -f "$BASELINE" ] || { echo "GRAPHPLAN_LOAD_BASELINE: $BASELINE not found" >&2; exit 1; }
  run_api baseline false "$BASELINE"
fi

"$BENCH" floor "$URL" "$WORK/bodies" > "$WORK/floor.log" 2>&1 &
SERVER=$!
wait_ready
warm_up
for op in "${OPS[@]}"; do
  for c in $CONCURRENCIES; do cell floor "$op" "$c" 0; done
done
stop_server

echo
echo "Uncached (every request executes) and cached (response cache hits), each against the floor; CPU is the server's user+system time per request."
echo
echo "| operation | answer bytes | c | req/s | share of floor | CPU µs/req | cached req/s | cached share | cached CPU µs/req | floor req/s | floor CPU µs/req | baseline CPU µs/req | CPU vs baseline | p50 | p99 | errors | load avg (api / cached / floor) | API RSS / peak MiB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
for op in "${OPS[@]}"; do
  for c in $CONCURRENCIES; do
    awk -v op="$op" -v c="$c" -v bytes="$(wc -c < "$WORK/bodies/$op.response")" -v rss="$(awk -v op="$op" '$1==op{print $2, $3, $4}' "$WORK/rss-api")" '
      $2==op && $3==c { rps[$1]=$4; cpu[$1]=$6; p50[$1]=$7; p99[$1]=$8; err[$1]=$9; load[$1]=$10 }
      END {
        share = rps["floor"] > 0 ? sprintf("%.2f", rps["api"] / rps["floor"]) : "-"
        cshare = rps["floor"] > 0 ? sprintf("%.2f", rps["cached"] / rps["floor"]) : "-"
        base = ("baseline" in cpu) ? cpu["baseline"] : "-"
        ratio = ("baseline" in cpu) && cpu["baseline"] > 0 ? sprintf("%.2f", cpu["api"] / cpu["baseline"]) : "-"
        printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s / %s / %s | %s |\n", op, bytes, c, rps["api"], share, cpu["api"], rps["cached"], cshare, cpu["cached"], rps["floor"], cpu["floor"], base, ratio, p50["api"], p99["api"], err["api"] + err["cached"] + err["baseline"], load["api"], load["cached"], load["floor"], rss
      }' "$WORK/results"
  done
done
