#!/usr/bin/env python3
"""Slow clients against a running API, loopback only, bounded.

N connections from 127.0.0.2 each announce a 100 KB GraphQL body and send 40 bytes every 100 ms (400 B/s, above
Kestrel's minimum data rate) while C workers from 127.0.0.1 send a normal query in a loop and /health is polled
every 0.5 s. Prints what each side got. Usage: slow-clients.py HOST PORT [SECONDS] [SLOW] [WORKERS]
"""
import asyncio, json, sys, time

host, port = sys.argv[1], int(sys.argv[2])
seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 20
slow_count = int(sys.argv[4]) if len(sys.argv) > 4 else 100
workers = int(sys.argv[5]) if len(sys.argv) > 5 else 8
normal = json.dumps({"query": '{ node(id: "industry:hydrogen") { id name nameEn related { kind entity { id name } } } }'}).encode()


async def request(method, path, body=b"", local="127.0.0.1"):
    reader, writer = await asyncio.open_connection(host, port, local_addr=(local, 0))
    head = f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    writer.write(head.encode() + body)
    await writer.drain()
    data = await reader.read()
    writer.close()
    return int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0


async def slow(end, outcomes):
    try:
        reader, writer = await asyncio.open_connection(host, port, local_addr=("127.0.0.2", 0))
    except OSError:
        outcomes.append("refused"); return
    writer.write(f"POST /graphql HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n".encode())
    answer = asyncio.ensure_future(reader.read(64))
    while time.monotonic() < end and not answer.done():
        try:
            writer.write(b"x" * 40); await writer.drain()
        except (ConnectionError, OSError):
            await asyncio.wait([answer], timeout=1)
            if not answer.done():
                answer.cancel(); outcomes.append("closed by the server"); writer.close(); return
            break
        await asyncio.wait([answer], timeout=0.1)
    if not answer.done():
        answer.cancel(); outcomes.append("still sending at the end")
    else:
        try:
            data = answer.result()
            outcomes.append(f"HTTP {data.split(b' ', 2)[1].decode()}" if data.startswith(b"HTTP/") else "closed by the server")
        except (ConnectionError, OSError):
            outcomes.append("closed by the server")
    writer.close()


async def worker(end, statuses, latencies):
    while time.monotonic() < end:
        start = time.monotonic()
        try:
            status = await request("POST", "/graphql", normal)
        except (ConnectionError, OSError):
            status = 0
        latencies.append(time.monotonic() - start)
        statuses[status] = statuses.get(status, 0) + 1


async def health(end, results):
    while time.monotonic() < end:
        start = time.monotonic()
        try:
            status = await request("GET", "/health")
        except (ConnectionError, OSError):
            status = 0
        results.append((status, time.monotonic() - start))
        await asyncio.sleep(0.5)


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] * 1000 if values else float("nan")


async def main():
    end = time.monotonic() + seconds
    outcomes, statuses, latencies, checks = [], {}, [], []
    slow_tasks = [asyncio.ensure_future(slow(end, outcomes)) for _ in range(slow_count)]
    await asyncio.sleep(1)  # the slow clients are connected and sending before the others start
    await asyncio.gather(*[worker(end, statuses, latencies) for _ in range(workers)], health(end, checks), *slow_tasks)
    elapsed = seconds - 1
    ok = statuses.get(200, 0)
    print(f"normal client (127.0.0.1, {workers} workers, {elapsed:.0f} s): {sum(statuses.values())} requests, {ok / elapsed:.0f} ok/s, statuses {dict(sorted(statuses.items()))}, p50 {pct(latencies, 0.5):.1f} ms, p99 {pct(latencies, 0.99):.1f} ms")
    print(f"/health: {len(checks)} checks, statuses {sorted(set(s for s, _ in checks))}, max {max((l for _, l in checks), default=0) * 1000:.1f} ms")
    summary = {}
    for o in outcomes:
        summary[o] = summary.get(o, 0) + 1
    print(f"slow clients (127.0.0.2, {slow_count}): {summary}")

asyncio.run(main())
