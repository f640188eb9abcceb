"""Load on ``/api/events``: 50 concurrent clients with filters against a live ``eventwire serve``.

    python benchmarks/api_load.py [--events 100000] [--db /tmp/eventwire-api-100k.db]
                                  [--clients 50] [--requests 40] [--port 8765] [--workers 1]

The store is made from real extractions: the bundled examples and the first ``--bases`` ECB+
documents are run through the pipeline once, then copied, disguised and dated as in
``stories_scale.py`` (happenings of 1-8 reports over three years), their events repeated (new
ids, same spans) to about ``--per-article`` an article, and each copy is stored with
``SQLiteStore.put`` (the path ``eventwire ingest`` takes, story filing included) until the store
holds ``--events`` events. A database built before is reused when it holds enough events.

The server runs in its own process (``python -m eventwire serve``, ``--workers`` processes),
as in production; each client is a coroutine with its own kept-alive connection (asyncio
streams, responses parsed by httptools, which uvicorn itself uses) sending ``--requests``
requests, each with a filter drawn from a fixed mix (type, country, date range, type + dates,
actor, a later page). Printed: p50/p95/max latency overall and per filter kind, the error
count, and the CPU seconds the server and the clients used per request: the clients share the
machine, so on few cores the latency is partly queueing behind them. Not a test: nothing is
asserted; the issue's target is p95 under 100 ms with no errors.

By default the clients send back to back (a closed loop): 50 of them then need 500 answers a
second for a p95 of 100 ms, so the figure measures the machine's capacity (Little's law): the
server's and the clients' CPU per request, over the cores. ``--think-ms 1000`` gives each client a
pause before each request, as a person reading the dashboard makes, which measures the latency
50 users see.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import os
import random
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import httptools
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stories_scale import base_results, happenings  # noqa: E402

from eventwire.records import ArticleResult  # noqa: E402
from eventwire.store import SQLiteStore  # noqa: E402


def thicken(result: ArticleResult, per_article: int) -> None:
    """Repeat the article's events (new ids, same spans) up to about ``per_article``: stories
    cost per article stored, so fewer, thicker articles build the store in minutes."""
    copies = max(1, round(per_article / len(result.events)))
    extra = []
    for k in range(1, copies):
        for event in result.events:
            twin = copy.deepcopy(event)
            twin.id = f"{event.id}r{k}"
            extra.append(twin)
    result.events += extra


def build(db: Path, n_events: int, n_bases: int, per_article: int) -> None:
    """Fill ``db`` with at least ``n_events`` events (reused when it already has them)."""
    if db.exists():
        with SQLiteStore(db) as store:
            have = store.count()["events"]
        if have >= n_events:
            print(f"reusing {db}: {have} events", file=sys.stderr)
            return
        db.unlink()
    bases = [b for b in base_results(n_bases) if b.events]
    start = time.perf_counter()
    events = 0
    with SQLiteStore(db) as store:
        for i, result in enumerate(happenings(bases, 10**9, seed=11)):
            thicken(result, per_article)
            store.put(result)
            events += len(result.events)
            if (i + 1) % 1000 == 0:
                rate = (i + 1) / (time.perf_counter() - start)
                print(
                    f"  {i + 1} articles, {events} events, {rate:.0f} articles/s", file=sys.stderr
                )
            if events >= n_events:
                break
        print(f"built {db}: {store.count()}", file=sys.stderr)


def query_mix(base: str) -> dict[str, list[str]]:
    """Filters per kind, drawn from what the store holds (its /api/stats)."""
    stats = httpx.get(f"{base}/api/stats", timeout=120).json()
    types = list(stats["per_type"])[:10]
    countries = list(stats["per_country"])[:10]
    months = sorted({d["date"][:7] for d in stats["per_day"]})
    return {
        "type": [f"type={t}" for t in types],
        "country": [f"country={c}" for c in countries],
        "dates": [f"since={m}&until={m}" for m in months],
        "type+dates": [f"type={t}&since={m}" for t in types for m in months[::6]],
        "actor": ["actor=police", "actor=minister", "actor=army"],
        "page 5": [f"type={t}&offset=200" for t in types],
    }


class _Reply:
    """httptools callbacks for one response: its body is read and dropped, as a browser's
    would be parsed elsewhere."""

    def __init__(self) -> None:
        self.done = False

    def on_message_complete(self) -> None:
        self.done = True


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """One GET on a kept-alive connection; the status code."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    reply = _Reply()
    parser = httptools.HttpResponseParser(reply)
    while not reply.done:
        chunk = await reader.read(1 << 16)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        parser.feed_data(chunk)
    return int(parser.get_status_code())


async def client(
    port: int,
    mix: dict[str, list[str]],
    n: int,
    seed: int,
    out: list[tuple[str, float, bool]],
    think: float = 0.0,
) -> None:
    """``n`` requests on one kept-alive connection; with ``think`` seconds, the client waits a
    random 0.5-1.5 x ``think`` before each request, as a person reading the page does (0: back
    to back). A coroutine over asyncio streams, its responses parsed by httptools: a thread
    per client with httpx spent about half as much CPU per request as the server, on the
    same two cores, so the figure measured the clients as much as the server."""
    rng = random.Random(seed)
    kinds = list(mix)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for _ in range(n):
            if think:
                await asyncio.sleep(think * rng.uniform(0.5, 1.5))
            kind = rng.choice(kinds)
            query = rng.choice(mix[kind])
            begin = time.perf_counter()
            try:
                ok = await _get(reader, writer, f"/api/events?{query}&limit=50") == 200
            except (OSError, httptools.HttpParserError):
                ok = False
            out.append((kind, time.perf_counter() - begin, ok))
    finally:
        writer.close()


async def run_clients(
    port: int, mix: dict[str, list[str]], clients: int, requests: int, think: float
) -> list[tuple[str, float, bool]]:
    results: list[tuple[str, float, bool]] = []
    await asyncio.gather(*(client(port, mix, requests, i, results, think) for i in range(clients)))
    return results


def summary(name: str, seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (
        f"{name:<12} n={len(ordered):<5} p50 {statistics.median(ordered) * 1000:7.1f} ms  "
        f"p95 {p95 * 1000:7.1f} ms  max {ordered[-1] * 1000:7.1f} ms"
    )


def server_cpu(pid: int) -> float:
    """CPU seconds used so far by the server process and its workers (Linux ``/proc``)."""
    total = 0.0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rpartition(")")[2].split()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        pids += [int(c) for c in children]
    return total


def wait_ready(base: str, server: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        if server.poll() is not None:
            raise SystemExit("the server exited; see its output above")
        try:
            if httpx.get(f"{base}/api/events?limit=1", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--bases", type=int, default=60, help="ECB+ documents to extract")
    parser.add_argument("--db", type=Path, default=Path("/tmp/eventwire-api-100k.db"))
    parser.add_argument("--per-article", type=int, default=20, help="events per stored article")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=40, help="per client")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument(
        "--think-ms",
        type=float,
        default=0.0,
        help="mean pause of each client before each request (0: closed loop, back to back)",
    )
    args = parser.parse_args()
    build(args.db, args.events, args.bases, args.per_article)
    base = f"http://127.0.0.1:{args.port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTWIRE_")}
    command = [
        sys.executable,
        "-m",
        "eventwire",
        "serve",
        "--db",
        str(args.db),
        "--port",
        str(args.port),
        "--workers",
        str(args.workers),
    ]
    server = subprocess.Popen(command, env=env)
    try:
        wait_ready(base, server)
        begin = time.perf_counter()
        mix = query_mix(base)
        print(f"/api/stats over the whole store: {(time.perf_counter() - begin) * 1000:.0f} ms")
        for query in ("limit=50", "sort=-date&limit=50"):  # one of each, alone
            begin = time.perf_counter()
            httpx.get(f"{base}/api/events?{query}", timeout=120)
            print(f"/api/events?{query} alone: {(time.perf_counter() - begin) * 1000:.0f} ms")
        begin = time.perf_counter()
        cpu = server_cpu(server.pid), time.process_time()
        results = asyncio.run(
            run_clients(args.port, mix, args.clients, args.requests, args.think_ms / 1000)
        )
        wall = time.perf_counter() - begin
        used = server_cpu(server.pid) - cpu[0], time.process_time() - cpu[1]
    finally:
        server.terminate()
        server.wait(timeout=30)
    by_kind: dict[str, list[float]] = defaultdict(list)
    for kind, seconds, _ in results:
        by_kind[kind].append(seconds)
    errors = sum(not ok for _, _, ok in results)
    pause = f", {args.think_ms:.0f} ms mean think time" if args.think_ms else ", back to back"
    print(
        f"{args.clients} clients x {args.requests} requests{pause}: {len(results) / wall:.0f} req/s"
    )
    print(
        f"CPU per request: server {used[0] / len(results) * 1000:.1f} ms, "
        f"clients {used[1] / len(results) * 1000:.1f} ms ({os.cpu_count()} cores)"
    )
    print(summary("all", [s for _, s, _ in results]))
    for kind, seconds in sorted(by_kind.items()):
        print(summary(kind, seconds))
    print(f"errors: {errors}")


if __name__ == "__main__":
    main()
