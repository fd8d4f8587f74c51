"""Sign-in burst benchmark (not a test): N people sign in at the same moment, against a real service on loopback.

Each simulated person is a demo user signing in from their own loopback address (127.0.1.x), as people at
their own desks would. Baselines measured in the same run: the same burst of ``GET /health`` (no database, no
argon2), and the floor: as many argon2 checks at once in this process, without HTTP or database (on a loaded
machine the sign-in burst cannot be faster than that).

    .venv/bin/python bench/signin_burst.py [--people 50] [--rounds 3]          # starts a SQLite service
    .venv/bin/python bench/signin_burst.py --postgres [--workers 4]            # PostgreSQL (Debian's packages)
    .venv/bin/python bench/signin_burst.py --url http://127.0.0.1:8765         # a service already running

The figures are printed (p50/p95/max in ms, the ratio of p95 to the baseline's, statuses), never asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from lumen_server.auth.passwords import hash_password, verify_password
from lumen_server.testing import LiveServer, build_demo_database

Latencies = tuple[list[float], Counter]
USERS = ("marie.tremblay", "luc.gagnon", "sophie.roy", "jean.dupuis", "paul.bergeron")


def address_of(person: int) -> str:
    return f"127.0.1.{10 + person}"


def burst(
    api_url: str, people: int, call: Callable[[httpx.Client, int], httpx.Response]
) -> tuple[list[float], Counter]:
    """Every person's request released at once; (latencies in ms, statuses)."""
    clients = [
        httpx.Client(base_url=api_url, transport=httpx.HTTPTransport(local_address=address_of(n)), timeout=60)
        for n in range(people)
    ]
    start = threading.Barrier(people)

    def one(person: int) -> tuple[float, int]:
        clients[person].get("health")  # connection opened before the clock starts
        start.wait()
        began = time.perf_counter()
        status = call(clients[person], person).status_code
        return (time.perf_counter() - began) * 1000, status

    try:
        with ThreadPoolExecutor(people) as pool:
            results = list(pool.map(one, range(people)))
    finally:
        for client in clients:
            client.close()
    return [ms for ms, _ in results], Counter(status for _, status in results)


def argon2_alone(people: int) -> Latencies:
    """The floor: the same number of password checks at once in this process, no HTTP, no database."""
    password_hash = hash_password("demo-password")
    start = threading.Barrier(people)

    def one(_person: int) -> float:
        start.wait()
        began = time.perf_counter()
        verify_password(password_hash, "demo-password")
        return (time.perf_counter() - began) * 1000

    with ThreadPoolExecutor(people) as pool:
        return list(pool.map(one, range(people))), Counter({"ok": people})


def sign_in(client: httpx.Client, person: int) -> httpx.Response:
    username = USERS[person % len(USERS)]
    return client.post("auth/token", json={"username": username, "password": f"demo-{username}"})


def health(client: httpx.Client, _person: int) -> httpx.Response:
    return client.get("health")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(name: str, latencies: list[float], statuses: Counter, *baselines: float) -> float:
    """One line of figures; the ratios are this p95 over each baseline's p95 (health, then argon2 alone)."""
    p95 = percentile(latencies, 0.95)
    ratios = "".join(f"{p95 / baseline:>11.2f}" for baseline in baselines).ljust(22)
    codes = " ".join(f"{code}×{count}" for code, count in sorted(statuses.items(), key=str))
    print(
        f"{name:<22}{statistics.median(latencies):>9.0f}{p95:>9.0f}{max(latencies):>9.0f}{ratios}   {codes}",
        flush=True,
    )
    return p95


def run(api_url: str, people: int, rounds: int) -> None:
    print(f"{people} people at once, {rounds} rounds against {api_url}")
    print(f"{'burst':<22}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'p95/health':>11}{'p95/argon2':>11}   statuses")
    for round_number in range(1, rounds + 1):
        latencies, statuses = burst(api_url, people, health)
        health_p95 = report(f"GET /health #{round_number}", latencies, statuses)
        latencies, statuses = argon2_alone(people)
        argon2_p95 = report(f"argon2 alone #{round_number}", latencies, statuses, health_p95)
        latencies, statuses = burst(api_url, people, sign_in)
        report(f"POST /auth/token #{round_number}", latencies, statuses, health_p95, argon2_p95)


def run_on_postgres(people: int, rounds: int, workers: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the test suite's PostgreSQL helper
    from lumen_server.cli import prepare_database
    from lumen_server.core.config import Settings
    from tests.server.pg_server import PostgresServer

    postgres = PostgresServer()
    postgres.start()
    try:
        url = postgres.create_database("lumen_bench")
        prepare_database(Settings(database_url=url, demo=True)).dispose()
        with (
            tempfile.TemporaryDirectory() as folder,
            LiveServer(Path(folder) / "lumen.db", database_url=url, workers=workers) as server,
        ):
            print(f"PostgreSQL, {workers} workers")
            run(server.api_url, people, rounds)
    finally:
        postgres.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--url", help="a running service (e.g. PostgreSQL with several workers) instead")
    parser.add_argument("--postgres", action="store_true", help="start a throw-away PostgreSQL and serve it")
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    people, rounds = min(args.people, 200), min(args.rounds, 10)  # bounded: a benchmark, not a load test
    if args.url:
        run(f"{args.url.rstrip('/')}/api/v1", people, rounds)
        return
    if args.postgres:
        run_on_postgres(people, rounds, args.workers)
        return
    with tempfile.TemporaryDirectory() as folder:
        database = build_demo_database(Path(folder) / "lumen.db")
        with LiveServer(database) as server:
            run(server.api_url, people, rounds)


if __name__ == "__main__":
    main()
