"""Invariant 1, over the whole API at once: no price ever reaches luc.gagnon, who may not see prices.

One story on a fresh demo service: luc fills his cart, changes it, makes templates and sends requests for approval;
marie.tremblay, his approver, edits one and approves it (an order) and rejects another; luc reorders. Then each of
them walks EVERY GET endpoint of the service's OpenAPI schema — with every value of its enumerated query
parameters, and path parameters filled from the ids, SKUs and numbers found in their earlier answers — so an
endpoint added later is crawled with no edit here. In none of luc's answers (his mutations', his GETs', his
refusals') is there a key naming a price, amount, subtotal, total, tax or extended amount (``price_unit``, a unit
size, is not money), and no e-mail the service wrote to him shows an amount. The same crawl for marie, who may
see prices, finds them where a buyer expects them: the check is not vacuous.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from lumen_server.app import create_app
from lumen_server.catalog.models import Product
from lumen_server.testing import bearer, copy_database
from tests.server.contract.support import demo_settings, operations, products_for_sale
from tests.server.helpers_catalog import database_of
from tests.server.support import price_keys_in
from tests.server.workflow.support import mail_to, outbox

API = "/api/v1"
# How many of the values found for a path parameter the crawl tries (the first found: luc's own objects).
MAX_VALUES_PER_PARAMETER = 4
# Money in an e-mail: a dollar sign, or an amount with cents as either language writes it (12.50, 1 234,56).
MONEY = re.compile(r"\$|\d[,.]\d\d(?!\d)")
# Where a buyer who may see prices expects them (the control: marie's crawl must find price keys in each).
PRICED_FOR_MARIE = [
    "PUT /cart/lines/{sku}",
    "POST /cart/lines",
    "POST /templates",
    "POST /templates/{template_id}/add-to-cart",
    "PATCH /approvals/{approval_id}",
    "POST /approvals/{approval_id}/approve",
    "POST /orders/{number}/reorder",
    "GET /cart",
    "GET /products",
    "GET /products/{sku}",
    "GET /catalog/changes",
    "GET /templates/{template_id}",
    "GET /approvals",
    "GET /approvals/{approval_id}",
    "GET /orders",
    "GET /orders/{number}",
]


@dataclass
class Answer:
    """One answer a person got: which operation (``GET /orders/{number}``), the URL, status and JSON body."""

    operation: str
    url: str
    status: int
    body: Any


@dataclass
class Person:
    username: str
    client: httpx.Client
    headers: dict[str, str]
    answers: list[Answer] = field(default_factory=list)

    def call(self, method: str, path: str, operation: str | None = None, **kwargs: Any) -> Any:
        """Sends a request under /api/v1 and keeps the answer; returns its JSON body (None when it has none)."""
        headers = self.headers | kwargs.pop("headers", {})
        response = self.client.request(method, f"{API}{path}", headers=headers, **kwargs)
        is_json = response.headers.get("content-type", "").startswith("application/json")
        body = response.json() if is_json else None
        self.answers.append(Answer(operation or f"{method} {path}", str(response.url), response.status_code, body))
        return body

    def answered(self, operation: str) -> list[Answer]:
        return [answer for answer in self.answers if answer.operation == operation]


def _story(luc: Person, marie: Person, products: list[Product]) -> None:
    """What luc and marie do before the crawl; every answer is kept for the checks."""
    first, second, third = (product.sku for product in products)
    for person in (luc, marie):
        person.call(
            "POST", "/cart/lines", json={"lines": [{"sku": first, "quantity": 3}, {"sku": second, "quantity": 2}]}
        )
        person.call("PUT", f"/cart/lines/{second}", "PUT /cart/lines/{sku}", json={"quantity": 4})
        person.call("DELETE", f"/cart/lines/{second}", "DELETE /cart/lines/{sku}")
        person.call("PATCH", "/cart", json={"po_number": "PO-4471", "job_name": "Chantier Laval"})
        template = person.call("POST", "/templates", json={"name": f"Modèle de {person.username}", "from_cart": True})
        person.call("POST", "/templates", json={"name": "Par lignes", "lines": [{"sku": third, "quantity": 5}]})
        named = f"/templates/{template['id']}"
        person.call("PUT", named, "PUT /templates/{template_id}", json={"name": "Modèle renommé"})
        person.call("DELETE", "/cart")
        person.call("POST", f"{named}/add-to-cart", "POST /templates/{template_id}/add-to-cart")

    approved = luc.call("POST", "/cart/submit-for-approval", json={"note": "Pour lundi"})
    luc.call("POST", "/cart/lines", json={"lines": [{"sku": second, "quantity": 1}]})
    rejected = luc.call("POST", "/cart/submit-for-approval", json={})
    luc.call("POST", "/cart/lines", json={"lines": [{"sku": third, "quantity": 2}]})
    luc.call("POST", "/cart/submit-for-approval", json={"note": "Reste en attente"})
    luc.call("POST", "/cart/lines", json={"lines": [{"sku": first, "quantity": 1}]})
    withdrawn = luc.call("POST", "/cart/submit-for-approval", json={})
    luc.call("POST", f"/approvals/{withdrawn['id']}/cancel", "POST /approvals/{approval_id}/cancel")
    luc.call("POST", "/cart/checkout", json={"shipping": {"method": "delivery"}})  # 403 approval_required

    edited = f"/approvals/{approved['id']}"
    marie.call(
        "PATCH",
        edited,
        "PATCH /approvals/{approval_id}",
        json={"lines": [{"sku": first, "quantity": 6}, {"sku": third, "quantity": 1}]},
        headers={"If-Match": f'"{approved["version"]}"'},
    )
    order = marie.call(
        "POST", f"{edited}/approve", "POST /approvals/{approval_id}/approve", json={"shipping": {"method": "delivery"}}
    )
    marie.call(
        "POST",
        f"/approvals/{rejected['id']}/reject",
        "POST /approvals/{approval_id}/reject",
        json={"reason": "Pas ce mois-ci"},
    )
    marie.call("POST", "/cart/checkout", json={"shipping": {"method": "pickup", "branch": "MTL"}})
    for person in (luc, marie):
        person.call("POST", f"/orders/{order['number']}/reorder", "POST /orders/{number}/reorder")
        person.call("POST", "/inbox/seen")


def _path_values(template: str, name: str, answers: list[Answer]) -> list[Any]:
    """Values for ``{name}`` found in earlier answers: a ``sku`` or ``number`` wherever it appears; an ``id`` of
    an answer under the same collection (``/approvals/...`` for ``/approvals/{approval_id}``)."""
    collection = API + template.split("{")[0].rstrip("/")
    key = "id" if name.endswith("_id") else name
    values: list[Any] = []
    for answer in answers:
        if answer.status >= 400 or (key == "id" and not httpx.URL(answer.url).path.startswith(collection)):
            continue
        for item in _objects_in(answer.body):
            value = item.get(key)
            if isinstance(value, str | int) and value not in values:
                values.append(value)
    return values[:MAX_VALUES_PER_PARAMETER]


def _objects_in(document: Any) -> Iterator[dict[str, Any]]:
    if isinstance(document, dict):
        yield document
        for value in document.values():
            yield from _objects_in(value)
    elif isinstance(document, list):
        for item in document:
            yield from _objects_in(item)


def _query_variants(parameters: list[dict[str, Any]]) -> list[dict[str, str]]:
    """No query at all, then each value of each enumerated query parameter (``status=pending``, ``role=...``)."""
    variants: list[dict[str, str]] = [{}]
    for parameter in parameters:
        if parameter["in"] != "query":
            continue
        schema = parameter.get("schema", {})
        choices = schema.get("enum") or [c for option in schema.get("anyOf", []) for c in option.get("enum", [])]
        variants += [{parameter["name"]: choice} for choice in choices]
    return variants


def _crawl(person: Person, document: dict[str, Any]) -> set[str]:
    """GETs every GET operation of the schema, as often as there are values to fill it; returns those not
    reached (a path parameter with no value found in any answer)."""
    gets = [op for op in operations(document) if op.method == "get"]
    unreached: set[str] = set()
    fetched: set[str] = set()
    for _round in range(2):  # the second round uses ids found by the first (a list, then its items)
        unreached.clear()
        for operation in gets:
            template = operation.path.removeprefix(API)
            spec = document["paths"][operation.path]["get"]
            names = [p["name"] for p in spec.get("parameters", []) if p["in"] == "path"]
            paths = [template]
            for name in names:
                values = _path_values(template, name, person.answers)
                paths = [path.replace(f"{{{name}}}", str(value)) for path in paths for value in values]
            if not paths:
                unreached.add(f"GET {template}")
            for path in paths:
                for query in _query_variants(spec.get("parameters", [])):
                    url = str(httpx.URL(path, params=query))
                    if url not in fetched:
                        fetched.add(url)
                        person.call("GET", url, f"GET {template}")
    return unreached


@dataclass
class Crawled:
    luc: Person
    marie: Person
    unreached: dict[str, set[str]]
    mail: list[EmailMessage]
    every_get: list[str]


@pytest.fixture(scope="module")
def crawled(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    database_path = copy_database(demo_template, tmp_path_factory.mktemp("crawled-service"))
    settings = demo_settings(database_path)
    with TestClient(create_app(settings), headers={"Accept-Language": "fr"}) as client:
        products = products_for_sale(database_of(client), 3, Product.sale_multiple == 1)
        luc, marie = (Person(name, client, bearer(client, name)) for name in ("luc.gagnon", "marie.tremblay"))
        _story(luc, marie, products)
        document = client.get(f"{API}/openapi.json").json()
        unreached = {person.username: _crawl(person, document) for person in (luc, marie)}
        every_get = [f"GET {op.path.removeprefix(API)}" for op in operations(document) if op.method == "get"]
        yield Crawled(luc, marie, unreached, outbox(settings.resolved_outbox_dir), every_get)


def test_the_crawl_reaches_every_get_endpoint(crawled: Crawled):
    for person in (crawled.luc, crawled.marie):
        assert crawled.unreached[person.username] == set(), person.username
        reached = {answer.operation for answer in person.answers}
        assert set(crawled.every_get) <= reached, set(crawled.every_get) - reached
    # luc's crawl found his objects: it read them, not only 404s.
    luc_read = {answer.operation for answer in crawled.luc.answers if answer.status == 200}
    assert {"GET /products/{sku}", "GET /templates/{template_id}", "GET /approvals/{approval_id}"} <= luc_read
    assert "GET /orders/{number}" in luc_read


def test_no_answer_to_luc_carries_a_price_key(crawled: Crawled):
    priced = [
        f"{answer.operation} ({answer.status} {answer.url}): {price_keys_in(answer.body)[:5]}"
        for answer in crawled.luc.answers
        if price_keys_in(answer.body)
    ]
    assert priced == []
    # His refusals were crawled too (staff-only lists, placing an order): no price keys in those bodies either.
    assert {answer.status for answer in crawled.luc.answers} >= {200, 201, 403}


def test_no_mail_to_luc_shows_an_amount(crawled: Crawled):
    to_luc = mail_to(crawled.mail, "luc.gagnon@example.com")
    assert len(to_luc) >= 2, "luc was e-mailed the approval and the rejection"
    for message in to_luc:
        text = _all_text(message)
        assert MONEY.search(text) is None, text
    # marie, who may see prices, is shown the amounts of what awaits her approval: the check above can fail.
    to_marie = mail_to(crawled.mail, "marie.tremblay@example.com")
    assert to_marie and all(MONEY.search(_all_text(message)) for message in to_marie)


def test_marie_finds_prices_where_a_buyer_expects_them(crawled: Crawled):
    for operation in PRICED_FOR_MARIE:
        answers = [answer for answer in crawled.marie.answered(operation) if answer.status in (200, 201)]
        assert answers, f"marie got no successful answer from {operation}"
        assert any(price_keys_in(answer.body) for answer in answers), f"no price key for marie in {operation}"


def _all_text(message: EmailMessage) -> str:
    """The subject and every text part of a message, decoded (what its reader sees, whatever the encoding)."""
    parts = [str(message["Subject"])]
    parts += [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]
    return "\n".join(parts)


def test_the_detector_tells_money_from_counts_and_units():
    page = {"items": [{"sku": "A", "price_unit": 100, "price": "1.00"}], "total": 1, "page": 1, "page_size": 50}
    assert price_keys_in(page) == ["$.items[0].price"]
    assert price_keys_in({"can_see_prices": False, "subtotal": "9.00", "taxes": [], "total": "9.00"}) == [
        "$.subtotal",
        "$.taxes",
        "$.total",
    ]
