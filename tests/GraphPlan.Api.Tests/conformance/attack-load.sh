#!/usr/bin/env bash
# Attack under load, loopback only: publishes the API, starts it on 127.0.0.1 (Production profile, throwaway embedded
# store), measures a normal query with wrk alone, then again while a second wrk sends attack documents (alias and
# field overloading, deep nesting, list multiplication, fragment explosion, token floods, oversized bodies).
# Prints throughput and p99 of the normal query for both runs and the attack's own rate. Bounded: 2 x DURATION s.
# The per-IP token bucket is raised (every wrk connection shares one address); the server-wide concurrency limit stays.
# Needs: dotnet, wrk (apt-get install -y wrk), python3, curl.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
port="${ATTACK_PORT:-5091}"
url="http://127.0.0.1:$port"
duration="${DURATION:-15}"
normal_connections="${NORMAL_CONNECTIONS:-8}"
attack_connections="${ATTACK_CONNECTIONS:-8}"
work="$(mktemp -d -t graphplan-attack.XXXXXX)"
server_pid=""

cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

echo "publishing src/GraphPlan.Api ..."
dotnet publish "$root/src/GraphPlan.Api" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }

ASPNETCORE_ENVIRONMENT=Production Store__Kind=embedded Store__Embedded__Path="$work/graph.db" \
RateLimiting__TokenLimit=100000000 RateLimiting__TokensPerPeriod=100000000 \
  dotnet "$work/app/GraphPlan.Api.dll" --contentRoot "$work/app" --urls "$url" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do curl -fsS "$url/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "$url/health" >/dev/null || { cat "$work/server.log"; echo "the API did not become healthy"; exit 1; }

# wrk scripts: one normal document; the attack script rotates through its documents.
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
def lua_string(s): return "[==[" + s + "]==]"
normal = json.dumps({"query": '{ node(id: "industry:hydrogen") { id name nameEn related { kind entity { id name } } } }'})
nested = "".join(['related { entity { '] * 5) + "id" + " } }" * 5
inner = "... on Entity { name } " * 20
attacks = [
    "{ " + " ".join(f"a{i}: __typename" for i in range(101)) + " }",                                   # C3 alias overloading
    "query { " + "__typename " * 500 + "}",                                                              # C4 field duplication
    "{ a " * 200 + "}" * 200,                                                                             # B4 parser depth
    '{ node(id: "industry:hydrogen") { ' + nested + " } }",                                              # C1 depth 12
    "{ entities(first: 100) { nodes { related { entity { related { entity { id } } } } } } }",            # C11 list multiplication
    '{ node(id: "industry:hydrogen") { ...F13 } } fragment F0 on Entity { id name } '
      + " ".join(f"fragment F{i} on Entity {{ ...F{i-1} ...F{i-1} }}" for i in range(1, 14)),           # C10 fragment explosion
    '{ node(id: "industry:hydrogen") { ' + ("... on Entity { related { entity { " + inner + "} } } ") * 20 + "} }",  # C9 field merging
    "{ __typename " + " ".join(f"a{i}:__typename" for i in range(1000)) + " }",                          # B7 tokens
    "{ __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }",                                                      # C6 directives
    "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }",        # D3 introspection
]
bodies = [json.dumps({"query": q}) for q in attacks]
bodies.append(json.dumps({"query": "{ __typename }", "pad": "x" * 200_000}))                             # B1 body over 128 KiB
headers = '{["Content-Type"]="application/json", ["Accept"]="application/graphql-response+json"}'
with open(f"{work}/normal.lua", "w") as f:
    f.write(f'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = {lua_string(normal)}\n')
with open(f"{work}/attack.lua", "w") as f:
    f.write("local bodies = {\n" + ",\n".join(lua_string(b) for b in bodies) + "\n}\nlocal i = 0\n")
    f.write("request = function()\n  i = i % #bodies + 1\n  return wrk.format(\"POST\", \"/graphql\", " + headers + ", bodies[i])\nend\n")
PY

summarize() { # label, wrk output file
  python3 - "$1" "$2" <<'PY'
import re, sys
label, path = sys.argv[1], sys.argv[2]
text = open(path).read()
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
p99 = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s)\b", text, re.M)
p50 = re.search(r"^\s*50%\s+([\d.]+)(us|ms|s)\b", text, re.M)
non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
errors = re.search(r"Socket errors:.*", text)
def ms(m): return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)] if m else float("nan")
print(f"{label:<28} {float(rps.group(1)) if rps else float('nan'):>10.1f} req/s   p50 {ms(p50):>8.2f} ms   p99 {ms(p99):>8.2f} ms   non-2xx {int(non2xx.group(1)) if non2xx else 0}" + (f"   ({errors.group(0)})" if errors else ""))
PY
}

curl -fsS -X POST -H 'Content-Type: application/json' --data "@-" "$url/graphql" <<<'{"query":"{ __typename }"}' >/dev/null  # warm up
wrk -t1 -c"$normal_connections" -d5s -s "$work/normal.lua" "$url/graphql" >/dev/null 2>&1                                  # JIT warm-up

echo "baseline: normal query alone, ${duration}s, $normal_connections connections"
wrk -t1 -c"$normal_connections" -d"${duration}s" --latency -s "$work/normal.lua" "$url/graphql" >"$work/baseline.txt" 2>&1

echo "under attack: normal query with $attack_connections attack connections, ${duration}s"
wrk -t1 -c"$attack_connections" -d"$((duration + 2))s" --latency -s "$work/attack.lua" "$url/graphql" >"$work/attack.txt" 2>&1 &
attack_pid=$!
sleep 1
wrk -t1 -c"$normal_connections" -d"${duration}s" --latency -s "$work/normal.lua" "$url/graphql" >"$work/under-attack.txt" 2>&1
wait "$attack_pid"

alive=$(curl -fsS -o /dev/null -w '%{http_code}' "$url/health" || true)
rss=$(awk '/VmHWM/ {print $2/1024 " MiB"}' "/proc/$server_pid/status" 2>/dev/null)
echo
echo "results (loopback, $(nproc) cores, Release build, wrk -t1):"
summarize "normal, no attack" "$work/baseline.txt"
summarize "normal, under attack" "$work/under-attack.txt"
summarize "attack requests (all refused)" "$work/attack.txt"
echo "server after the attack: /health $alive, peak RSS $rss"
