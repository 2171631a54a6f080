#!/usr/bin/env bash
# Load run against the API on loopback only (127.0.0.1): each example operation (schema/queries/*.graphql) at each
# concurrency, with wrk (one thread, POST of the GraphQL document, as in shared/notes/performance.md).
#
#   tests/GraphPlan.LoadTest/run-load.sh SIZE [SECONDS] [CONCURRENCIES]
#     SIZE           seed (the curated plan, loaded by the API on first start) or a generated size: 1k, 10k, 100k, 1m
#     SECONDS        per cell, default 5
#     CONCURRENCIES  default "1 16 64"
#
# The per-client rate limit is switched off (RateLimiting__Enabled=false): one wrk client is not many clients.
# Prints a markdown table: req/s, p50, p99, errors (non-2xx, socket errors, or GraphQL errors in a checked response)
# and the server's resident memory (current and peak) after each operation. Needs wrk (apt-get install -y wrk) and a
# Release build of src/GraphPlan.Api and tests/GraphPlan.Benchmarks (run-all.sh builds them).
set -euo pipefail

SIZE=${1:?size: seed, 1k, 10k, 100k or 1m}
SECONDS_PER_CELL=${2:-5}
CONCURRENCIES=${3:-"1 16 64"}
PORT=${GRAPHPLAN_LOAD_PORT:-5199}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
API=$ROOT/src/GraphPlan.Api/bin/Release/net10.0/GraphPlan.Api.dll
BENCH=$ROOT/tests/GraphPlan.Benchmarks/bin/Release/net10.0/GraphPlan.Benchmarks
WORK=$(mktemp -d /tmp/graphplan-load.XXXXXX)
URL=http://127.0.0.1:$PORT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f "$API" ] || { echo "build first: dotnet build -c Release src/GraphPlan.Api" >&2; exit 1; }

SERVER=
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

DB=$WORK/graph.db
if [ "$SIZE" != seed ]; then
  "$BENCH" import "$SIZE" "$DB" >&2
fi

# Ids in the example operations that only the curated plan has, and their generated equivalents.
if [ "$SIZE" = seed ]; then
  SUBST=cat
else
  SUBST="sed -e s/target:hydrogen-output-2025/target:p0-0/ -e s/industry:aerospace-high-end-equipment/industry:p0-core-0/ -e s/indicator:container-throughput/indicator:p0-0/ -e s/project:landspace-jiaxing-centre/project:p0-0/"
fi

start=$(date +%s.%N)
ASPNETCORE_URLS=$URL ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Store__Kind=embedded Store__Embedded__Path=$DB Seed__Path=$ROOT/seed RateLimiting__Enabled=false \
  dotnet "$API" > "$WORK/server.log" 2>&1 &
SERVER=$!
until curl -fs "$URL/health" >/dev/null 2>&1; do
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.1
done
ready=$(date +%s.%N)
echo "size=$SIZE server ready in $(echo "$ready - $start" | bc) s; $(curl -s "$URL/health")"
rss() { awk '/VmRSS/{r=$2} /VmHWM/{h=$2} END{printf "%d / %d", r/1024, h/1024}' "/proc/$SERVER/status"; }
echo "server memory after start-up (RSS / peak, MiB): $(rss)"
echo
echo "| operation | c | req/s | p50 | p99 | errors | server RSS / peak MiB |"
echo "|---|---:|---:|---:|---:|---:|---|"

for file in "$ROOT"/schema/queries/*.graphql; do
  op=$(basename "$file" .graphql)
  vars=null
  [ "$op" = search ] && vars='{"text":"hydrogen"}'
  body=$($SUBST "$file" | python3 -c 'import json,sys; print(json.dumps({"query": sys.stdin.read(), "variables": json.loads(sys.argv[1])}))' "$vars")
  printf '%s' "$body" > "$WORK/$op.json"
  python3 - "$WORK/$op.json" > "$WORK/$op.lua" <<'PY'
import json, sys
body = open(sys.argv[1]).read()
print('wrk.method = "POST"')
print('wrk.headers["Content-Type"] = "application/json"')
print('wrk.body = ' + json.dumps(body))
PY
  # One checked request: the answer must have data and no errors.
  check=$(curl -s -H 'Content-Type: application/json' --data-binary @"$WORK/$op.json" "$URL/graphql")
  graphql_errors=0
  echo "$check" | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(1 if d.get("errors") or not d.get("data") else 0)' || graphql_errors=1
  for c in $CONCURRENCIES; do
    out=$(wrk -t1 -c"$c" -d"${SECONDS_PER_CELL}s" --latency -s "$WORK/$op.lua" "$URL/graphql")
    rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    p50=$(echo "$out" | awk '$1=="50%"{print $2}')
    p99=$(echo "$out" | awk '$1=="99%"{print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/{print $NF}')
    socket=$(echo "$out" | awk '/Socket errors/{gsub(",", ""); print $4+$6+$8+$10}')
    errors=$(( ${non2xx:-0} + ${socket:-0} + graphql_errors ))
    echo "| $op | $c | ${rps%.*} | $p50 | $p99 | $errors | $(rss) |"
  done
done
