"""The simulated people of ``bench/load.py``: requesters, approvers and buyers working the whole workflow.

Each person is one thread with one keep-alive HTTP connection (``http.client``: light enough that the client
does not eat the CPU the service is measured on). Every request is timed and recorded under its endpoint's
template (``GET /approvals/{id}``); each person remembers what it expects the service to hold (its cart, the
last version of each request it decided) so that ``bench/load.py`` can check the database afterwards.
"""

from __future__ import annotations

import http.client
import json
import random
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

from sqlalchemy import select

from lumen_server.auth.models import User
from lumen_server.auth.passwords import hash_password
from lumen_server.catalog.models import Product
from lumen_server.core.db import Database
from lumen_server.customers.models import Customer

PASSWORD = "load-test-password"
# Per team: one approver (places orders, approves the requesters'), three requesters, one buyer.
TEAM = ("approver", "requester", "requester", "requester", "buyer")
TRANSPORT_ERROR = 0  # the "status" recorded when no HTTP answer came back


@dataclass
class Call:
    endpoint: str
    status: int
    seconds: float
    at: float


@dataclass
class Recorder:
    """Every call made, and the statuses each endpoint may answer without it being an error."""

    calls: list[Call] = field(default_factory=list)
    # A requester's cancel can win the race against the approver's edit/decision: 409 then is the right answer.
    expected: dict[str, set[int]] = field(default_factory=dict)

    def add(self, call: Call) -> None:
        self.calls.append(call)  # list.append is atomic under the GIL

    def is_error(self, call: Call) -> bool:
        return not (200 <= call.status < 400) and call.status not in self.expected.get(call.endpoint, set())


def create_people(database: Database, *, count: int, prefix: str) -> list[tuple[str, str]]:
    """``count`` new distinct users of the demo customer 100234, in teams; returns ``(username, role)``.

    They share one password hash (argon2 is slow on purpose; the load is about the service, not about setup).
    """
    password_hash = hash_password(PASSWORD)
    people: list[tuple[str, str]] = []
    with database.session() as session:
        customer = session.scalars(select(Customer).where(Customer.number == "100234")).one()
        approver: User | None = None
        for index in range(count):
            role = TEAM[index % len(TEAM)]
            username = f"{prefix}.{index:03d}"
            user = User(
                username=username,
                email=f"{username}@example.com",
                password_hash=password_hash,
                first_name="Load",
                last_name=f"{role.title()} {index}",
                language="fr" if index % 2 else "en",
                customer_id=customer.id,
                can_place_orders=role != "requester",
                can_see_prices=index % 4 != 1,
            )
            session.add(user)
            session.flush()
            if role == "approver":
                approver = user
            elif role == "requester":
                if approver is None:  # fewer people than a team: the first one approves
                    raise ValueError("the first person of a team is its approver")
                user.approver_id = approver.id
            people.append((username, role))
    return people


def orderable_products(database: Database, count: int = 300) -> list[tuple[str, int]]:
    """``(sku, sale_multiple)`` of products for sale, spread over the catalog."""
    with database.read_session() as session:
        rows = session.execute(
            select(Product.sku, Product.sale_multiple).where(Product.deleted.is_(False)).order_by(Product.id)
        ).all()
    step = max(1, len(rows) // count)
    return [(sku, multiple) for sku, multiple in rows[::step]][:count]


class Http:
    """One keep-alive connection to the service, reopened after a transport error."""

    def __init__(self, api_url: str, recorder: Recorder, *, timeout: float = 60.0) -> None:
        parts = urlsplit(api_url)
        self.host, self.port, self.root = parts.hostname or "127.0.0.1", parts.port or 80, parts.path.rstrip("/")
        self.recorder = recorder
        self.timeout = timeout
        self.headers: dict[str, str] = {"Accept-Language": "en"}
        self.connection: http.client.HTTPConnection | None = None

    def call(
        self,
        method: str,
        endpoint: str,
        path: str,
        *,
        body: Any = None,
        query: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, Any, dict[str, str]]:
        """Sends one request; returns (status, parsed JSON or None, headers). ``endpoint`` names it in the report."""
        url = self.root + path + (f"?{urlencode(query)}" if query else "")
        data = json.dumps(body).encode() if body is not None else None
        sent = self.headers | (headers or {}) | ({"Content-Type": "application/json"} if data is not None else {})
        started = time.perf_counter()
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self.connection.request(method, url, body=data, headers=sent)
            response = self.connection.getresponse()
            raw = response.read()
            status, answer_headers = response.status, {k.lower(): v for k, v in response.getheaders()}
        except (OSError, http.client.HTTPException):
            self.close()
            self.recorder.add(Call(endpoint, TRANSPORT_ERROR, time.perf_counter() - started, started))
            return TRANSPORT_ERROR, None, {}
        self.recorder.add(Call(endpoint, status, time.perf_counter() - started, started))
        parsed = (
            json.loads(raw) if raw and answer_headers.get("content-type", "").startswith("application/json") else None
        )
        return status, parsed, answer_headers

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


@dataclass
class Go:
    """When the work starts (after the sign-in burst), until when, and how many rounds are left in all."""

    rounds: threading.Semaphore
    deadline: float = 0.0
    started: threading.Event = field(default_factory=threading.Event)


@dataclass
class Person:
    """One simulated person: signs in, then repeats its role's round until the deadline."""

    username: str
    role: str
    http: Http
    products: list[tuple[str, int]]
    words: list[str]
    rng: random.Random
    think: float = 0.0
    cart: dict[str, int] = field(default_factory=dict)  # what the cart must hold now (sum of the adds)
    sent: list[int] = field(default_factory=list)  # approval requests this requester sent
    decided: dict[int, tuple[str, dict[str, int]]] = field(default_factory=dict)  # id → (decision, last lines)
    placed: list[str] = field(default_factory=list)  # order numbers this buyer's checkouts placed
    signed_in: bool = False

    def sign_in(self) -> None:
        status, body, _ = self.http.call(
            "POST", "POST /auth/token", "/auth/token", body={"username": self.username, "password": PASSWORD}
        )
        if status == 200:
            self.http.headers["Authorization"] = f"Bearer {body['access_token']}"
            self.signed_in = True

    def run(self, start: threading.Barrier, signed_in: threading.Barrier, go: Go) -> None:
        """Signs in with everyone at once (the burst), waits for all, then works until the deadline."""
        start.wait()
        self.sign_in()
        self.http.close()  # idle while the others sign in: the service may close it (keep-alive timeout)
        signed_in.wait()
        go.started.wait()
        if not self.signed_in:
            return
        rounds = {"requester": self.requester_round, "approver": self.approver_round, "buyer": self.buyer_round}
        round_of_role = rounds[self.role]
        try:
            while time.monotonic() < go.deadline and go.rounds.acquire(blocking=False):
                round_of_role(go.deadline)
        finally:
            self.http.close()

    def pause(self) -> None:
        if self.think:
            time.sleep(self.rng.uniform(0.5, 1.5) * self.think)  # a person reading the screen, not a timing

    # -- steps shared by every role ------------------------------------------------------------------------------

    def search(self) -> None:
        query = {"q": self.rng.choice(self.words), "page_size": 20}
        self.http.call("GET", "GET /products", "/products", query=query)
        self.pause()

    def fill_cart(self) -> None:
        picks = self.rng.sample(self.products, self.rng.randint(1, 3))
        lines = [{"sku": sku, "quantity": multiple * self.rng.randint(1, 4)} for sku, multiple in picks]
        status, _, _ = self.http.call("POST", "POST /cart/lines", "/cart/lines", body={"lines": lines})
        if status == 200:
            for line in lines:
                self.cart[line["sku"]] = self.cart.get(line["sku"], 0) + line["quantity"]
        self.pause()

    def edit_cart(self) -> None:
        if self.cart and self.rng.random() < 0.7:
            sku = self.rng.choice(sorted(self.cart))
            multiple = dict(self.products)[sku]
            quantity = multiple * self.rng.randint(1, 6)
            status, _, _ = self.http.call(
                "PUT", "PUT /cart/lines/{sku}", f"/cart/lines/{sku}", body={"quantity": quantity}
            )
            if status == 200:
                self.cart[sku] = quantity
        else:
            job = {"job_name": f"Chantier {self.rng.randint(1, 999)}", "po_number": f"PO-{self.rng.randint(1, 99999)}"}
            self.http.call("PATCH", "PATCH /cart", "/cart", body=job)
        self.http.call("GET", "GET /cart", "/cart")
        self.pause()

    def history(self) -> None:
        status, page, _ = self.http.call("GET", "GET /orders", "/orders", query={"page_size": 20})
        if status == 200 and page["items"]:
            number = self.rng.choice(page["items"])["number"]
            self.http.call("GET", "GET /orders/{number}", f"/orders/{number}")
        self.pause()

    # -- the three roles -----------------------------------------------------------------------------------------

    def requester_round(self, _deadline: float) -> None:
        self.search()
        self.fill_cart()
        self.edit_cart()
        status, request, _ = self.http.call("POST", "POST /cart/submit-for-approval", "/cart/submit-for-approval")
        if status == 201:
            self.sent.append(request["id"])
            self.cart.clear()
        self.pause()
        status, listing, _ = self.http.call("GET", "GET /approvals", "/approvals", query={"role": "requester"})
        pending = [item["id"] for item in (listing or {}).get("items", []) if item["status"] == "pending"]
        if status == 200 and pending and self.rng.random() < 0.1:
            self.http.call("POST", "POST /approvals/{id}/cancel", f"/approvals/{pending[0]}/cancel")
        self.http.call("GET", "GET /inbox/summary", "/inbox/summary")
        self.pause()

    def approver_round(self, deadline: float) -> None:
        status, listing, _ = self.http.call(
            "GET", "GET /approvals", "/approvals", query={"role": "approver", "status": "pending"}
        )
        items = (listing or {}).get("items", []) if status == 200 else []
        if not items:
            self.buyer_round(deadline)  # an approver also orders for themself while nobody asks
            return
        approval_id = items[-1]["id"]  # the oldest (the list is newest first)
        status, request, headers = self.http.call("GET", "GET /approvals/{id}", f"/approvals/{approval_id}")
        if status != 200:
            return
        self.pause()
        lines = {line["sku"]: line["quantity"] for line in request["lines"]}
        edited = [{"sku": sku, "quantity": quantity} for sku, quantity in lines.items()]
        if edited and self.rng.random() < 0.7:
            sku, multiple = self.rng.choice(self.products)
            edited[0] = {"sku": edited[0]["sku"], "quantity": edited[0]["quantity"] * 2}
            if sku not in lines:
                edited.append({"sku": sku, "quantity": multiple})
            status, request, headers = self.http.call(
                "PATCH",
                "PATCH /approvals/{id}",
                f"/approvals/{approval_id}",
                body={"lines": edited, "job_name": f"Révisé {self.rng.randint(1, 999)}"},
                headers={"If-Match": headers.get("etag", "")},
            )
            if status != 200:
                return
            lines = {line["sku"]: line["quantity"] for line in request["lines"]}
            self.pause()
        if self.rng.random() < 0.8:
            status, _, _ = self.http.call(
                "POST",
                "POST /approvals/{id}/approve",
                f"/approvals/{approval_id}/approve",
                body={"shipping": {"method": "delivery"}},
                headers={"Idempotency-Key": str(uuid.uuid4())},
            )
            if status == 201:
                self.decided[approval_id] = ("approved", lines)
        else:
            status, _, _ = self.http.call(
                "POST",
                "POST /approvals/{id}/reject",
                f"/approvals/{approval_id}/reject",
                body={"reason": "Pas ce mois-ci"},
            )
            if status == 200:
                self.decided[approval_id] = ("rejected", lines)
        self.pause()

    def buyer_round(self, _deadline: float) -> None:
        self.search()
        self.fill_cart()
        self.edit_cart()
        status, order, _ = self.http.call(
            "POST",
            "POST /cart/checkout",
            "/cart/checkout",
            body={"shipping": {"method": "delivery"}},
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        if status == 201:
            self.placed.append(order["number"])
            self.cart.clear()
        self.pause()
        self.history()
