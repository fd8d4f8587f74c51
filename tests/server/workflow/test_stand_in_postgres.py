"""On PostgreSQL with several workers: marie and her stand-in jean approve the same request at the same moment and
exactly one order is placed; three scheduler ticks at once send one reminder."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from functools import partial
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from lumen_server.approvals.models import ApprovalEvent, ApprovalRequest
from lumen_server.approvals.working_time import local_date
from lumen_server.cli import prepare_database
from lumen_server.core.config import Settings
from lumen_server.core.db import Database, utcnow
from lumen_server.orders.models import Order
from lumen_server.scheduler.runner import tick
from lumen_server.testing import LiveServer, bearer
from tests.server.conftest import POSTGRES_WORKERS
from tests.server.workflow.support import at_once, outbox, products

ROUNDS = 3


@pytest.fixture
def own_postgres_service(fresh_postgres_url: str, tmp_path: Path) -> Iterator[tuple[LiveServer, Database]]:
    """A service of its own (marie's absence must not reach other tests), several workers, demo data."""
    prepare_database(Settings(database_url=fresh_postgres_url, demo=True)).dispose()
    database = Database(fresh_postgres_url, pool_size=4)
    # Its own scheduler off: the test's ticks are the only ones (with the "now" they are given).
    quiet = {"LUMEN_SCHEDULER_INTERVAL_SECONDS": "0"}
    with LiveServer(
        tmp_path / "lumen.db", database_url=fresh_postgres_url, workers=POSTGRES_WORKERS, extra_env=quiet
    ) as server:
        yield server, database
    database.dispose()


def _at_once(server: LiveServer, calls: dict[str, tuple[str, dict[str, str]]]) -> dict[str, httpx.Response]:
    """Each (path, headers) approved from its own connection, all released together; name → answer."""
    delivery = {"shipping": {"method": "delivery"}}

    def post(own: httpx.Client, path: str, headers: dict[str, str]) -> httpx.Response:
        return own.post(path, json=delivery, headers=headers)

    return at_once(server, {name: partial(post, path=path, headers=headers) for name, (path, headers) in calls.items()})


def test_marie_and_her_stand_in_approve_at_once_and_one_order_is_placed(own_postgres_service):
    server, database = own_postgres_service
    (product,) = products(database, 1)
    today = local_date(utcnow())
    with httpx.Client(base_url=server.address) as http:
        sophie, marie, jean = (bearer(http, name) for name in ("sophie.roy", "marie.tremblay", "jean.dupuis"))
        away = {"starts_on": today.isoformat(), "ends_on": (today + timedelta(days=2)).isoformat()}
        assert http.put("/api/v1/me/away", json=away | {"stand_in": "jean.dupuis"}, headers=marie).status_code == 200
        for round_number in range(ROUNDS):
            http.post("/api/v1/cart/lines", json={"lines": [{"sku": product.sku, "quantity": 1}]}, headers=sophie)
            approval_id = http.post("/api/v1/cart/submit-for-approval", headers=sophie).json()["id"]
            path = f"/api/v1/approvals/{approval_id}/approve"
            answers = _at_once(
                server,
                {
                    "marie": (path, marie | {"Idempotency-Key": f"m{round_number}"}),
                    "jean": (path, jean | {"Idempotency-Key": f"j{round_number}"}),
                },
            )
            assert sorted(a.status_code for a in answers.values()) == [201, 409], [a.text for a in answers.values()]
            (loser,) = [a.json()["error"]["code"] for a in answers.values() if a.status_code == 409]
            assert loser == "already_decided"
            (winner,) = [name for name, a in answers.items() if a.status_code == 201]
            decided = http.get(f"/api/v1/approvals/{approval_id}", headers=marie).json()
            approved = decided["history"][-1]
            assert approved["actor"]["username"] == f"{winner}.{'tremblay' if winner == 'marie' else 'dupuis'}"
            assert ("on_behalf_of" in approved["details"]) == (winner == "jean")
            with database.session() as session:
                request = session.get_one(ApprovalRequest, approval_id)
                assert session.scalar(select(func.count()).select_from(Order).where(Order.id == request.order_id)) == 1


def test_three_workers_ticking_at_once_send_one_reminder(own_postgres_service, tmp_path: Path):
    server, database = own_postgres_service
    (product,) = products(database, 1)
    with httpx.Client(base_url=server.address) as http:
        luc = bearer(http, "luc.gagnon")
        http.post("/api/v1/cart/lines", json={"lines": [{"sku": product.sku, "quantity": 1}]}, headers=luc)
        approval_id = http.post("/api/v1/cart/submit-for-approval", headers=luc).json()["id"]
    with database.session() as session:
        created = session.get_one(ApprovalRequest, approval_id).created_at
    # A weekday 30 working hours on: a Monday 9:00 request, ticked on Tuesday 15:00, whatever today is.
    monday = created - timedelta(days=created.weekday(), hours=created.hour - 13, minutes=created.minute)
    with database.session() as session:
        session.get_one(ApprovalRequest, approval_id).created_at = monday
    now = monday + timedelta(hours=30)

    settings = Settings(database_url=server.database_url, outbox_dir=tmp_path / "ticks-outbox")
    workers = [Database(server.database_url, pool_size=1) for _ in range(3)]
    start = threading.Barrier(len(workers))
    results = []

    def run(worker: Database) -> None:
        start.wait()
        results.append(tick(worker, settings, now=now))

    threads = [threading.Thread(target=run, args=(worker,)) for worker in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for worker in workers:
        worker.dispose()

    assert sum(approval_id in (r.reminded if r else ()) for r in results) == 1, results
    reminders = [m for m in outbox(tmp_path / "ticks-outbox") if "marie" in str(m["To"])]
    assert len(reminders) == 1
    with database.session() as session:
        kinds = session.scalars(select(ApprovalEvent.kind).where(ApprovalEvent.approval_id == approval_id))
        assert list(kinds).count("reminded") == 1
