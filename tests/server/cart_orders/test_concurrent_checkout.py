"""A flaky network makes the desktop resend "place my order": twenty copies at once still place ONE order.

Runs against the real service process: SQLite with one worker, and PostgreSQL with two worker processes.
"""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from sqlalchemy import func, select

from lumen_server.cli import prepare_database
from lumen_server.core.config import Settings
from lumen_server.core.db import Database
from lumen_server.orders.models import Order
from lumen_server.testing import LiveServer, bearer
from tests.server.cart_orders.support import Catalog

COPIES = 20


def twenty_checkouts_with_one_key(server: LiveServer, username: str) -> None:
    database = Database(server.database_url)
    try:
        wire, box = Catalog(database).wire_per_m(), Catalog(database).each()
        po_number = f"PO-{uuid.uuid4().hex[:12]}"
        with httpx.Client(base_url=server.address, timeout=60) as client:
            headers = bearer(client, username)
            client.delete("/api/v1/cart", headers=headers).raise_for_status()
            lines = [{"sku": wire.sku, "quantity": 250}, {"sku": box.sku, "quantity": 3}]
            client.post("/api/v1/cart/lines", json={"lines": lines}, headers=headers).raise_for_status()

        key = str(uuid.uuid4())
        everyone_ready = threading.Barrier(COPIES)

        def place_order() -> httpx.Response:
            with httpx.Client(base_url=server.address, timeout=120) as client:
                everyone_ready.wait()
                return client.post(
                    "/api/v1/cart/checkout",
                    json={"po_number": po_number, "shipping": {"method": "delivery"}},
                    headers=headers | {"Idempotency-Key": key},
                )

        with ThreadPoolExecutor(COPIES) as pool:
            answers = list(pool.map(lambda _: place_order(), range(COPIES)))

        assert [a.status_code for a in answers] == [201] * COPIES, [a.text for a in answers if a.status_code != 201]
        assert len({a.json()["number"] for a in answers}) == 1
        assert sum(a.headers.get("Idempotent-Replayed") == "true" for a in answers) == COPIES - 1
        with database.session() as session:
            placed = session.scalar(select(func.count()).select_from(Order).where(Order.po_number == po_number))
        assert placed == 1
        with httpx.Client(base_url=server.address, timeout=60) as client:
            assert client.get("/api/v1/cart", headers=headers).json()["lines"] == []
    finally:
        database.dispose()


def test_twenty_simultaneous_checkouts_with_one_key_place_one_order_on_sqlite(fresh_server):
    twenty_checkouts_with_one_key(fresh_server, "marie.tremblay")


def test_twenty_simultaneous_checkouts_with_one_key_place_one_order_on_postgresql_with_two_workers(
    fresh_postgres_url: str, tmp_path: Path
):
    prepare_database(Settings(database_url=fresh_postgres_url, demo=True)).dispose()
    with LiveServer(tmp_path / "pg-server" / "lumen.db", database_url=fresh_postgres_url, workers=2) as server:
        twenty_checkouts_with_one_key(server, "jean.dupuis")
