#!/usr/bin/env bash
# 100 slow clients from 127.0.0.2 against the built API (Production profile, throwaway embedded store) while a client
# from 127.0.0.1 keeps querying and /health is polled. Bounded: DURATION s (default 20). Loopback only.
# The per-IP token bucket is raised so the normal client's own rate does not hide what the slow clients do.
# Needs: dotnet, python3, curl; the API built (dotnet build tests/GraphPlan.Api.Tests).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="${APP_DLL:-$here/../bin/Debug/net10.0/GraphPlan.Api.dll}"
port="${SLOW_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
work="$(mktemp -d -t graphplan-slow.XXXXXX)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT

ASPNETCORE_ENVIRONMENT=Production Store__Embedded__Path="$work/graph.db" \
RateLimiting__TokenLimit=100000000 RateLimiting__TokensPerPeriod=100000000 Logging__LogLevel__Default=Warning \
  dotnet "$app" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || { cat "$work/server.log"; echo "the API did not become healthy"; exit 1; }
python3 "$here/slow-clients.py" 127.0.0.1 "$port" "${DURATION:-20}" "${SLOW:-100}" "${WORKERS:-8}"
echo "peak RSS of the API: $(grep VmHWM /proc/$server_pid/status | awk '{print $2/1024 " MiB"}')"
