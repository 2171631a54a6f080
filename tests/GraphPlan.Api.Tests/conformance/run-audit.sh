#!/usr/bin/env bash
# GraphQL-over-HTTP conformance: publishes the API, starts it on 127.0.0.1 with a throwaway embedded store, runs the
# official graphql-http audit (audit.mjs) against it, stops it. Exit status 1 on any MUST failure or SHOULD warning.
# Last line, for CI: "conformance: N passed, N failed". Needs: dotnet, node >= 18, npm.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
port="${CONFORMANCE_PORT:-5089}"
url="http://127.0.0.1:$port"
work="$(mktemp -d -t graphplan-conformance.XXXXXX)"
server_pid=""

finish() {
  local passed="$1" failed="$2" status="$3"
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
  fi
  rm -rf "$work"
  echo "conformance: $passed passed, $failed failed"
  exit "$status"
}
trap 'finish 0 1 1' INT TERM

cd "$here" || finish 0 1 1
if ! npm ci --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1; then
  cat "$work/npm.log"; echo "npm ci failed"; finish 0 1 1
fi

echo "publishing src/GraphPlan.Api ..."
if ! dotnet publish "$root/src/GraphPlan.Api" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1; then
  cat "$work/publish.log"; echo "publish failed"; finish 0 1 1
fi

echo "starting the API on $url (Production profile, store in $work)"
# The audit sends its 61 checks at once from one address; it checks the protocol, not the per-client limits (those
# have their own tests, SlowClientTests), so this run lets one address hold that many connections and requests.
ASPNETCORE_ENVIRONMENT=Production \
Store__Kind=embedded \
ClientLimits__MaxConnectionsPerClient=128 \
ClientLimits__MaxRequestsPerClient=128 \
Store__Embedded__Path="$work/graph.db" \
  dotnet "$work/app/GraphPlan.Api.dll" --contentRoot "$work/app" --urls "$url" >"$work/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 120); do
  if curl -fsS "$url/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log"; echo "the API exited"; finish 0 1 1; fi
  sleep 1
done
if ! curl -fsS "$url/health" >/dev/null 2>&1; then cat "$work/server.log"; echo "the API did not become healthy"; finish 0 1 1; fi

node "$here/audit.mjs" "$url/graphql" | tee "$work/audit.log"
audit_status=${PIPESTATUS[0]}
counts=$(grep -E '^counts: [0-9]+ [0-9]+$' "$work/audit.log" | tail -1)
if [ -z "$counts" ]; then echo "the audit printed no result"; finish 0 1 1; fi
read -r _ passed failed <<<"$counts"
if [ "$audit_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
finish "$passed" "$failed" "$([ "$failed" -eq 0 ] && echo 0 || echo 1)"
