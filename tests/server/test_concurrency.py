"""Many people at the same moment, against the real service process: SQLite with one worker, PostgreSQL with
several. Nobody gets a 500 or waits for a timeout, no added quantity is lost, and an approval never places a
version of the request other than its last one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from lumen_server.catalog.models import Product
from lumen_server.core.db import Database
from lumen_server.testing import LiveServer, bearer

API = "/api/v1"
PARALLEL_READS = 200
PARALLEL_ADDS = 50
RACES = 20

Call = Callable[[httpx.Client], httpx.Response]


@dataclass
class Service:
    server: LiveServer
    database: Database

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=f"{self.server.address}{API}", timeout=120, headers={"Accept-Language": "en"})

    def products(self, count: int) -> list[Product]:
        """Products sold one by one (any quantity is valid)."""
        with self.database.read_session() as session:
            query = select(Product).where(Product.deleted.is_(False), Product.sale_multiple == 1)
            return list(session.scalars(query.order_by(Product.sku).limit(count)))


def at_once(service: Service, calls: list[Call]) -> list[httpx.Response]:
    """Each call from its own thread and connection, released together; the answers in the order of ``calls``."""
    ready = threading.Barrier(len(calls))
    answers: list[httpx.Response | None] = [None] * len(calls)

    def run(index: int) -> None:
        with service.client() as client:
            ready.wait()
            answers[index] = calls[index](client)

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(answer is not None for answer in answers), "a request got no answer"
    return [answer for answer in answers if answer is not None]


@pytest.fixture(params=["sqlite", "postgresql"])
def service(request: pytest.FixtureRequest) -> Iterator[Service]:
    """A service of its own on SQLite (one worker), or the shared one on PostgreSQL (several workers)."""
    if request.param == "sqlite":
        server: LiveServer = request.getfixturevalue("fresh_server")
    else:
        server = request.getfixturevalue("postgres_live_server")
        assert server.workers > 1
    database = Database(server.database_url, pool_size=2)
    yield Service(server, database)
    database.dispose()


def test_two_hundred_simultaneous_reads_all_answer(service: Service):
    with service.client() as client:
        marie, luc = bearer(client, "marie.tremblay"), bearer(client, "luc.gagnon")
    reads: list[Call] = [
        lambda c: c.get("/cart", headers=marie),
        lambda c: c.get("/products", params={"q": "disjoncteur"}, headers=luc),
        lambda c: c.get("/approvals", headers=marie),
        lambda c: c.get("/orders", headers=marie),
        lambda c: c.get("/me", headers=luc),
    ]
    answers = at_once(service, [reads[i % len(reads)] for i in range(PARALLEL_READS)])
    assert [a.status_code for a in answers] == [200] * PARALLEL_READS, {a.status_code for a in answers}


def test_fifty_simultaneous_adds_of_one_each_make_fifty(service: Service):
    (product,) = service.products(1)
    with service.client() as client:
        jean = bearer(client, "jean.dupuis")
        client.delete("/cart", headers=jean).raise_for_status()

    def add_one(client: httpx.Client) -> httpx.Response:
        return client.post("/cart/lines", json={"lines": [{"sku": product.sku, "quantity": 1}]}, headers=jean)

    answers = at_once(service, [add_one] * PARALLEL_ADDS)

    assert [a.status_code for a in answers] == [200] * PARALLEL_ADDS, {a.text for a in answers}
    with service.client() as client:
        cart = client.get("/cart", headers=jean).json()
        client.delete("/cart", headers=jean).raise_for_status()
    assert [(line["sku"], line["quantity"]) for line in cart["lines"]] == [(product.sku, PARALLEL_ADDS)]
    # Every add was its own change of the cart, each answered with the cart as it made it.
    assert len({a.json()["version"] for a in answers}) == PARALLEL_ADDS
    assert sorted(a.json()["lines"][0]["quantity"] for a in answers) == list(range(1, PARALLEL_ADDS + 1))


def lines_of(body: dict[str, Any]) -> list[tuple[str, int]]:
    return [(line["sku"], line["quantity"]) for line in body["lines"]]


def test_an_edit_racing_the_approval_is_in_the_order_or_refused(service: Service):
    first, second = service.products(2)
    sent = [(first.sku, 1)]
    edited = [(first.sku, 2), (second.sku, 3)]
    outcomes: list[int] = []
    with service.client() as client:
        sophie, marie = bearer(client, "sophie.roy"), bearer(client, "marie.tremblay")
        for _ in range(RACES):
            client.delete("/cart", headers=sophie).raise_for_status()
            client.post("/cart/lines", json={"lines": [{"sku": s, "quantity": q} for s, q in sent]}, headers=sophie)
            approval = client.post("/cart/submit-for-approval", headers=sophie)
            assert approval.status_code == 201, approval.text
            path = f"/approvals/{approval.json()['id']}"
            etag = client.get(path, headers=marie).headers["ETag"]

            def edit(c: httpx.Client, path: str = path, etag: str = etag) -> httpx.Response:
                body = {"lines": [{"sku": s, "quantity": q} for s, q in edited]}
                return c.patch(path, json=body, headers=marie | {"If-Match": etag})

            def approve(c: httpx.Client, path: str = path) -> httpx.Response:
                return c.post(f"{path}/approve", json={"shipping": {"method": "delivery"}}, headers=marie)

            edit_answer, approve_answer = at_once(service, [edit, approve])

            assert approve_answer.status_code == 201, approve_answer.text
            assert edit_answer.status_code in (200, 409), edit_answer.text
            last_version = client.get(path, headers=marie).json()
            order = approve_answer.json()
            assert last_version["status"] == "approved"
            assert lines_of(order) == lines_of(last_version)
            assert lines_of(order) == (edited if edit_answer.status_code == 200 else sent)
            if edit_answer.status_code == 409:
                assert edit_answer.json()["error"]["code"] in ("already_decided", "version_conflict")
            outcomes.append(edit_answer.status_code)
    # Which one wins is up to the scheduler; the rule above held every time, whoever won.
    assert len(outcomes) == RACES
