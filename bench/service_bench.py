"""The service's search under load (issue 12): ``GET /products?q=`` against ``GET /me`` and a bare FastAPI
endpoint measured in the same run, at 1, 8 and 16 clients; then the time of a deep page, and the whole catalog
downloaded through ``GET /catalog/changes`` (a replica's first sync) at two page sizes.

    .venv/bin/python bench/service_bench.py [--products 100000] [--seconds 6] [--clients 1,8,16] [--database F]

A real ``lumen-server`` (one worker, SQLite) on the demo database plus ``--products`` generated ones; the bare
endpoint is a FastAPI app of one route returning ``{"ok": true}`` under the same uvicorn, in its own process.
Each client is a thread with its own keep-alive connection (gzip accepted, as httpx does by default) sending
requests back to back for ``--seconds``; the queries cycle through what people type (the service keeps a
query's ranking until the catalog changes, as it would for a day's repeated searches and their next pages), and
the "new queries" rows send each query once (a word of a product's name and the start of a later one: every one
ranked from the index). Loopback only, bounded in time. Ratios: search requests/s over ``/me``'s (goal ≥ 0.5× at
8 clients) and over the bare endpoint's; "cpu ms" is the serving process's CPU time per request and "cpu /me" the
ratio of ``/me``'s to this one's: the throughput ratio of a CPU-bound service on two idle cores, which the other
sessions sharing this machine disturb much less than they disturb requests/s. Deep pages: the median of 15 and
the first (computed, not kept) time.
The download: every page of the feed one after the other, gzip accepted, each page's JSON parsed (the client's
own parsing into its types is the replica bench's).
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from lumen_server.catalog.seed import seed_catalog
from lumen_server.core.db import Database
from lumen_server.testing import LiveServer, bearer, build_demo_database, free_port

# Page sizes of the change feed the download is timed at: the desktop's (500) and the service's maximum.
DOWNLOAD_LIMITS = (500, 1000)
# What people type in the search box: broad prefixes, words, codes, quantities.
QUERIES = ("de", "disj", "cable teck", "QO120", "15A", "boîte", "milwau", "5320-W", "luminaire del", "fil 12")
BARE_APP = """
import sys, uvicorn
from fastapi import FastAPI
app = FastAPI()
@app.get("/ping")
def ping() -> dict[str, bool]:
    return {"ok": True}
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


@dataclass
class Figures:
    count: int
    seconds: float
    p50_ms: float
    p95_ms: float
    errors: int
    cpu_s: float  # the serving process's CPU time (user + system) during the row

    @property
    def rate(self) -> float:
        return self.count / self.seconds

    @property
    def cpu_ms(self) -> float:
        """The serving process's CPU per request: what throughput costs on two idle cores, whatever else runs."""
        return self.cpu_s * 1000 / max(1, self.count)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))] if ordered else float("nan")


def hammer(
    url: str, pid: int, headers: dict[str, str], paths: Callable[[int], str], clients: int, seconds: float
) -> Figures:
    """``clients`` threads requesting ``paths(i)`` back to back for ``seconds`` from the service of process ``pid``;
    every latency recorded, and the service's CPU time."""
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    ready = threading.Barrier(clients + 1)
    stop_at = [float("inf")]  # set once everyone is connected

    def run(index: int) -> None:
        with httpx.Client(base_url=url, headers=headers, timeout=60) as client:
            client.get(paths(index))  # the connection is open before the clock starts
            ready.wait()
            n = index
            while time.perf_counter() < stop_at[0]:
                start = time.perf_counter()
                status = client.get(paths(n)).status_code
                latencies[index].append((time.perf_counter() - start) * 1000)
                errors[index] += status != 200
                n += clients

    threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    ready.wait()
    cpu_before = cpu_seconds(pid)
    began = time.perf_counter()
    stop_at[0] = began + seconds
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    cpu = cpu_seconds(pid) - cpu_before
    flat = [ms for per_client in latencies for ms in per_client]
    return Figures(len(flat), elapsed, percentile(flat, 0.5), percentile(flat, 0.95), sum(errors), cpu)


def median_ms(client: httpx.Client, path: str, runs: int = 15) -> tuple[float, float]:
    """The median and the first of ``runs`` timings of ``path``, in ms."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(path).raise_for_status()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), timings[0]


def download_s(client: httpx.Client, pid: int, limit: int) -> tuple[float, int, int, float]:
    """Seconds to read the whole change feed in pages of ``limit``; the products and pages read, and the CPU
    seconds the service spent."""
    start, cpu, cursor, products, pages = time.perf_counter(), cpu_seconds(pid), None, 0, 0
    while True:
        params: dict[str, str | int] = {"limit": limit} | ({"since": cursor} if cursor else {})
        page = client.get("/catalog/changes", params=params).raise_for_status().json()
        products, pages = products + len(page["items"]), pages + 1
        if not page["has_more"]:
            return time.perf_counter() - start, products, pages, cpu_seconds(pid) - cpu
        cursor = page["next_cursor"]


def new_queries(client: httpx.Client, count: int) -> list[str]:
    """``count`` distinct queries people could type, from the catalog's names: a word and the start of a later one
    ("disjoncteur bipo", "boîte oct"), each finding at least the product it came from."""
    found: dict[str, None] = {}
    other: dict[str, None] = {}  # the same pairs cut at the other lengths, sent once the first kind runs out
    page = 1
    while len(found) < count and page < 500:
        for item in client.get("/products", params={"page": page, "page_size": 200}).json()["items"]:
            words = [w for w in item["name"].split() if len(w) >= 3]
            for i, first in enumerate(words):
                for j, later in enumerate(words[i + 1 :], start=i + 1):
                    found[f"{first} {later[: 3 + (i + j) % 3]}"] = None
                    other.update((f"{first} {later[: 3 + (i + j + k) % 3]}", None) for k in (1, 2))
        page += 11  # spread over the catalog: the names of one page start alike
    return list(found | other)[:count]


@contextmanager
def bare_endpoint() -> Iterator[tuple[str, int]]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", BARE_APP, str(port)])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/ping", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)  # polling a condition with a deadline, not timing a result
        yield f"http://127.0.0.1:{port}", process.pid
    finally:
        process.terminate()
        process.wait(15)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--clients", default="1,8,16")
    parser.add_argument("--database", type=Path, help="a copy of this already seeded SQLite database instead")
    args = parser.parse_args()
    levels = [int(n) for n in args.clients.split(",")]
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = f"{platform.node()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    print(f"# bench/service_bench.py — {now}, {machine}")
    with tempfile.TemporaryDirectory(prefix="lumen-svcbench-") as folder:
        if args.database:
            path = Path(folder) / "lumen.db"
            shutil.copyfile(args.database, path)
            print(f"catalog: a copy of {args.database}")
        else:
            path = build_demo_database(Path(folder) / "lumen.db")
            database = Database(f"sqlite:///{path}")
            start = time.perf_counter()
            with database.session() as session:
                seed_catalog(session, products=args.products)
            database.dispose()
            print(f"catalog: the demo's products + {args.products:,} seeded in {time.perf_counter() - start:.0f} s")
        with LiveServer(path) as server, bare_endpoint() as (bare, bare_pid):
            assert server.process is not None
            pid = server.process.pid
            with httpx.Client(base_url=server.api_url, timeout=60) as client:
                headers = bearer(client, "marie.tremblay") | {"Accept-Language": "fr"}
                client.headers.update(headers)
                total = client.get("/products").json()["total"]
                print(f"service: SQLite, 1 worker, {total:,} products; {args.seconds:.0f} s per row")
                deep = (total - 1) // 50 + 1
                deep_ms = median_ms(client, f"/products?page={deep}&page_size=50")
                first_ms = median_ms(client, "/products?page=1&page_size=50")
                deep_q_ms = median_ms(client, "/products?q=de&page=20&page_size=50")
                first_q_ms = median_ms(client, "/products?q=de&page=1&page_size=50")
                fresh = new_queries(client, 5000)
                print(f"{len(fresh):,} distinct new queries from the catalog's names")
                downloads = {limit: download_s(client, pid, limit) for limit in DOWNLOAD_LIMITS}
            rows = []
            print(f"{'endpoint':<26}{'clients':>8}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}", end="")
            print(f"{'/me':>8}{'bare':>8}{'errors':>8}{'cpu ms':>8}{'cpu /me':>9}")
            for clients in levels:
                me = hammer(server.api_url, pid, headers, lambda _n: "/me", clients, args.seconds)
                ping = hammer(bare, bare_pid, {}, lambda _n: "/ping", clients, args.seconds)
                found = hammer(
                    server.api_url,
                    pid,
                    headers,
                    lambda n: f"/products?q={QUERIES[n % len(QUERIES)]}&page_size=50",
                    clients,
                    args.seconds,
                )
                once = hammer(
                    server.api_url,
                    pid,
                    headers,
                    lambda n, fresh=fresh: f"/products?q={fresh[n % len(fresh)]}&page_size=50",
                    clients,
                    args.seconds,
                )
                if once.count + clients > len(fresh):
                    print(
                        f"(only {len(fresh):,} new queries left for {once.count + clients:,} requests: some repeated)"
                    )
                fresh = fresh[once.count + clients :] or fresh  # never sent again in this run
                named = (("bare FastAPI /ping", ping), ("GET /me", me), ("GET /products?q=", found))
                for name, figures in (*named, ("  … new queries", once)):
                    rows.append((name, clients, figures))
                    print(
                        f"{name:<26}{clients:>8}{figures.rate:>9.1f}{figures.p50_ms:>9.1f}{figures.p95_ms:>9.1f}"
                        f"{figures.rate / me.rate:>7.2f}x{figures.rate / ping.rate:>7.2f}x{figures.errors:>8}"
                        f"{figures.cpu_ms:>8.2f}{me.cpu_ms / max(figures.cpu_ms, 1e-9):>8.2f}x"
                    )
        print(
            f"deep page (browse page {deep:,} of 50): {deep_ms[0]:.1f} ms median (first {deep_ms[1]:.1f}), "
            f"page 1: {first_ms[0]:.1f} ms (first {first_ms[1]:.1f})"
        )
        print(
            f"q=de page 20 (the last ranked): {deep_q_ms[0]:.1f} ms median (first {deep_q_ms[1]:.1f}), "
            f"page 1: {first_q_ms[0]:.1f} ms (first {first_q_ms[1]:.1f})"
        )
        for limit, (seconds, products, pages, cpu) in downloads.items():
            print(
                f"catalog download, GET /catalog/changes?limit={limit}: {seconds:.1f} s for {products:,} products"
                f" in {pages} pages ({seconds / pages * 1000:.1f} ms a page; service CPU {cpu:.1f} s)"
            )


if __name__ == "__main__":
    main()
