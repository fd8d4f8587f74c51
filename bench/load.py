"""50 people at once on the Lumen service: requests/s, p50/p95/p99 per endpoint, errors, and a consistency check.

    .venv/bin/python bench/load.py                       # SQLite: the demo database copied, one worker
    .venv/bin/python bench/load.py --postgres            # a throw-away PostgreSQL server, --workers 4
    .venv/bin/python bench/load.py --url http://127.0.0.1:8765/api/v1 --database-url postgresql+psycopg://…
    options: --people 50 --seconds 60 --think 0 --max-rounds 100000 --seed 1

N simulated people (teams of an approver, three requesters and a buyer; see ``bench/load_people.py``) sign in
all at once (the sign-in burst), then for T seconds search, fill and edit their carts, send them for approval,
edit and approve or reject what they are sent, check out and read their order history. With ``--think 0`` (the
default) nobody pauses between clicks: the service is saturated, which is what the goals of issue 11 measure.
Bounded in time (T, plus 60 s for the requests in flight) and in count (``--max-rounds``); loopback only.

The people are created directly in the database (``--url`` therefore also needs ``--database-url``), and the
same database is read at the end to check that nothing was lost or mixed up.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import random
import re
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # bench/ beside lumen_server/, and tests/server/pg_server.py for --postgres

from sqlalchemy import select  # noqa: E402

from bench.load_people import Call, Go, Http, Person, Recorder, create_people, orderable_products  # noqa: E402
from lumen_server.approvals.models import ApprovalRequest  # noqa: E402
from lumen_server.auth.models import User  # noqa: E402
from lumen_server.cart.models import Cart  # noqa: E402
from lumen_server.catalog.models import Product  # noqa: E402
from lumen_server.cli import prepare_database  # noqa: E402
from lumen_server.core.config import Settings  # noqa: E402
from lumen_server.core.db import Database  # noqa: E402
from lumen_server.orders.models import Order  # noqa: E402
from lumen_server.testing import LiveServer, build_demo_database  # noqa: E402

SEARCH_WORDS = ["disjoncteur", "câble", "boîte", "luminaire", "prise", "gaine", "interrupteur", "connecteur"]


@contextmanager
def service(args: argparse.Namespace) -> Iterator[tuple[str, str, str, int | None]]:
    """(API URL, database URL, what it is, its process id) of the service to load, started unless ``--url``."""
    if args.url:
        if not args.database_url:
            sys.exit("--url needs --database-url (the people are created in, and checked against, that database)")
        yield args.url.rstrip("/"), args.database_url, f"the service at {args.url}", None
        return
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="lumen-load-")))
        if args.postgres:
            from tests.server.pg_server import PostgresServer

            postgres = PostgresServer()
            postgres.start()
            stack.callback(postgres.stop)
            url = postgres.create_database("lumen_load")
            prepare_database(Settings(database_url=url, demo=True)).dispose()
            server = LiveServer(folder / "lumen.db", database_url=url, workers=args.workers)
            what = f"PostgreSQL, {args.workers} workers"
        else:
            url = f"sqlite:///{build_demo_database(folder / 'lumen.db')}"
            server = LiveServer(folder / "lumen.db")
            what = "SQLite (a copy of the demo database), 1 worker"
        server.start()
        stack.callback(server.stop)
        assert server.process is not None
        yield server.api_url, url, what, server.process.pid
        log = server.log_path.read_text(errors="replace").splitlines()
        causes = Counter(line for line in log if re.match(r"^[\w.]+(Error|Exception|Timeout)\b", line))
        print(f"server log: {sum(line.startswith('Traceback') for line in log)} tracebacks", end="")
        print("".join(f"\n  {n} × {cause[:160]}" for cause, n in causes.most_common(5)))


def cpu_seconds(root_pid: int | None) -> float:
    """CPU time (user + system) used so far by a process and all its descendants (Linux ``/proc``); 0 without."""
    if root_pid is None or not Path("/proc").is_dir():
        return 0.0
    stats: dict[int, tuple[int, float]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        stats[int(stat.parent.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"))
    tree, total = {root_pid}, 0.0
    changed = True
    while changed:
        changed = False
        for pid, (parent, _) in stats.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                changed = True
    for pid in tree:
        total += stats.get(pid, (0, 0.0))[1]
    return total


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values)) - 1))]


def report(calls: list[Call], seconds: float) -> dict[str, float]:
    """Prints the table of endpoints; returns each endpoint's p95 in ms."""
    by_endpoint: dict[str, list[Call]] = defaultdict(list)
    for call in calls:
        by_endpoint[call.endpoint].append(call)
    print(
        f"{'endpoint':38} {'count':>6} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}  statuses"
    )
    p95s: dict[str, float] = {}
    for endpoint in sorted(by_endpoint):
        calls = by_endpoint[endpoint]
        times = sorted(c.seconds * 1000 for c in calls)
        statuses = " ".join(f"{s}×{n}" for s, n in sorted(Counter(c.status for c in calls).items()))
        p95s[endpoint] = percentile(times, 0.95)
        print(
            f"{endpoint:38} {len(calls):6d} {len(calls) / seconds:8.1f} {percentile(times, 0.5):8.1f} "
            f"{p95s[endpoint]:8.1f} {percentile(times, 0.99):8.1f} {times[-1]:8.1f}  {statuses}"
        )
    return p95s


def consistency(database: Database, people: list[Person]) -> list[str]:
    """What the database holds that the people's answers say it should not; empty when everything holds."""
    problems: list[str] = []
    sent = [approval_id for person in people for approval_id in person.sent]
    decided = {approval_id: outcome for person in people for approval_id, outcome in person.decided.items()}
    with database.read_session() as session:
        requests = {r.id: r for r in session.scalars(select(ApprovalRequest).where(ApprovalRequest.id.in_(sent)))}
        skus = dict(session.execute(select(Product.id, Product.sku)).all())
        order_of_request: Counter[int] = Counter()
        for approval_id in sent:
            request = requests.get(approval_id)
            if request is None or request.status not in ("pending", "approved", "rejected", "cancelled"):
                problems.append(f"request {approval_id}: {'missing' if request is None else request.status}")
                continue
            if request.status == "approved":
                order = session.get(Order, request.order_id) if request.order_id else None
                if order is None:
                    problems.append(f"request {approval_id} approved without an order")
                    continue
                order_of_request[order.id] += 1
                placed = [(skus[line.product_id], line.quantity) for line in order.lines]
                last = [(skus[line.product_id], line.quantity) for line in request.lines]
                if placed != last:
                    problems.append(f"request {approval_id}: order {order.number} {placed} ≠ last version {last}")
                seen = decided.get(approval_id)
                if seen is not None and dict(placed) != seen[1]:
                    problems.append(f"request {approval_id}: order {placed} ≠ the version its approver saw {seen[1]}")
                if order.requester_id != request.requester_id:
                    problems.append(f"request {approval_id}: order {order.number} names another requester")
            outcome = decided.get(approval_id)
            if outcome is not None and outcome[0] != request.status:
                problems.append(f"request {approval_id}: answered {outcome[0]}, stored {request.status}")
        problems += [f"order {oid} placed for {n} requests" for oid, n in order_of_request.items() if n != 1]
        for person in people:
            user = session.scalars(select(User).where(User.username == person.username)).one()
            cart = session.scalars(select(Cart).where(Cart.user_id == user.id)).first()
            held = {line.product.sku: line.quantity for line in cart.lines} if cart else {}
            if held != person.cart:
                problems.append(f"cart of {person.username}: {held} ≠ the sum of the adds {person.cart}")
            for number in person.placed:
                if session.scalars(select(Order).where(Order.number == number)).first() is None:
                    problems.append(f"order {number} answered 201 to {person.username} but is not stored")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--think", type=float, default=0.0, help="mean pause between a person's clicks (s)")
    parser.add_argument("--max-rounds", type=int, default=100_000, help="at most this many rounds in all")
    parser.add_argument("--url", help="an API root already running (…/api/v1); needs --database-url")
    parser.add_argument("--database-url", help="the database of --url")
    parser.add_argument("--postgres", action="store_true", help="start a throw-away PostgreSQL server and the service")
    parser.add_argument("--workers", type=int, default=4, help="worker processes with --postgres")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    with service(args) as (api_url, database_url, what, service_pid):
        database = Database(database_url)
        prefix = f"load{int(time.time()) % 100000}"
        roles = create_people(database, count=args.people, prefix=prefix)
        products = orderable_products(database)
        recorder = Recorder()
        for endpoint in ("PATCH /approvals/{id}", "POST /approvals/{id}/approve", "POST /approvals/{id}/reject"):
            recorder.expected[endpoint] = {409}  # the requester cancelled it meanwhile
        recorder.expected["POST /approvals/{id}/cancel"] = {409}  # the approver decided it meanwhile
        rng = random.Random(args.seed)
        people = [
            Person(name, role, Http(api_url, recorder), products, SEARCH_WORDS, random.Random(rng.random()), args.think)
            for name, role in roles
        ]
        start, signed_in = threading.Barrier(len(people)), threading.Barrier(len(people) + 1)
        go = Go(rounds=threading.Semaphore(args.max_rounds))
        threads = [threading.Thread(target=p.run, args=(start, signed_in, go), daemon=True) for p in people]
        for thread in threads:
            thread.start()
        signed_in.wait(timeout=300)  # the sign-in burst is measured apart from the work that follows
        began, began_counter, cpu_before = time.monotonic(), time.perf_counter(), cpu_seconds(service_pid)
        go.deadline = began + args.seconds
        go.started.set()
        for thread in threads:
            thread.join(timeout=max(0.0, go.deadline + 60 - time.monotonic()))
        elapsed = time.monotonic() - began
        service_cpu = cpu_seconds(service_pid) - cpu_before
        stuck = sum(thread.is_alive() for thread in threads)

        print(
            f"# bench/load.py — {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, {platform.node()}, "
            f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
        )
        print(
            f"service: {what}; {args.people} people ({Counter(r for _, r in roles)}), {elapsed:.1f} s, "
            f"think {args.think} s"
        )
        burst = [c for c in recorder.calls if c.at < began_counter]
        calls = [c for c in recorder.calls if c.at >= began_counter]
        p95s = report(calls, elapsed)
        errors = Counter(c.status for c in calls if recorder.is_error(c))
        burst_errors = Counter(c.status for c in burst if recorder.is_error(c))
        sign_ins = sorted(c.seconds for c in burst)
        if service_cpu:
            print(
                f"service CPU: {service_cpu:.1f} s in {elapsed:.1f} s ({service_cpu / elapsed:.2f} cores), "
                f"{1000 * service_cpu / max(1, len(calls)):.1f} ms per request"
            )
        print(
            f"total (after the burst): {len(calls)} requests, {len(calls) / elapsed:.1f} req/s; "
            f"errors by status: {dict(errors) or 0}"
            f"{f'; {stuck} people still waiting at the end' if stuck else ''}"
        )
        print(
            f"sign-in burst ({len(sign_ins)} at once, errors by status {dict(burst_errors) or 0}): "
            f"p50 {percentile(sign_ins, 0.5):.2f} s, "
            f"p95 {percentile(sign_ins, 0.95):.2f} s, max {sign_ins[-1] if sign_ins else float('nan'):.2f} s"
        )
        worst = max(p95s, key=p95s.__getitem__)
        print(
            f"worst p95 but sign-in: {worst} {p95s[worst]:.1f} ms; ratio to issue 11's 84 req/s on PostgreSQL: "
            f"{len(calls) / elapsed / 84:.2f}×"
        )
        problems = consistency(database, people)
        sent = sum(len(p.sent) for p in people)
        approved = sum(1 for p in people for outcome, _ in p.decided.values() if outcome == "approved")
        placed = sum(len(p.placed) for p in people)
        print(
            f"consistency: {sent} requests sent, {approved} approved, {placed} checkouts, {len(people)} carts — "
            f"{'all hold' if not problems else f'{len(problems)} PROBLEMS'}"
        )
        for problem in problems[:20]:
            print(f"  {problem}")
        database.dispose()


if __name__ == "__main__":
    main()
