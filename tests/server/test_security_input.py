"""Hostile input answers in the contract's error shape, never 500: lone UTF-16 surrogates (422 naming the field),
control characters in single-line fields (422), bodies over the size limit (413, before they are parsed)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from lumen_server.app import create_app
from lumen_server.core.config import Settings
from lumen_server.testing import LiveServer, bearer
from tests.server.contract.support import contract_error_problems
from tests.server.helpers_catalog import database_of
from tests.server.support import Person
from tests.server.workflow.support import products

JSON = {"Content-Type": "application/json"}
TWO_MEGABYTES = 2_000_000


@pytest.fixture
def marie(api: TestClient) -> Person:
    return Person("marie.tremblay", api, bearer(api, "marie.tremblay"))


def refused(answer: httpx.Response, status: int, code: str, field: str | None = None) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert contract_error_problems(status, body) == []
    assert body["error"]["code"] == code
    assert body["error"].get("field") == field
    error: dict[str, Any] = body["error"]
    return error


def test_a_lone_surrogate_anywhere_answers_422_naming_the_field(api: TestClient, marie: Person):
    luc = Person("luc.gagnon", api, bearer(api, "luc.gagnon"))
    (product,) = products(database_of(api), 1)
    luc.fill_cart((product.sku, 1))
    approval_id = luc.post("/cart/submit-for-approval", json={}).json()["id"]
    etag = marie.get(f"/approvals/{approval_id}").headers["ETag"]
    marie.fill_cart((product.sku, 1))
    template_id = marie.post("/templates", json={"name": "Chantier", "from_cart": True}).json()["id"]
    line = b'{"lines": [{"sku": "LU\\ud800", "quantity": 1}]}'

    for method, path, headers, raw, field in [
        ("POST", "/cart/lines", {}, line, "lines.0.sku"),
        ("POST", "/templates", {}, b'{"name": "X", "lines": [{"sku": "\\udfff", "quantity": 1}]}', "lines.0.sku"),
        ("PUT", f"/templates/{template_id}", {}, b'{"name": "Chantier \\ud83d"}', "name"),
        ("PATCH", f"/approvals/{approval_id}", {"If-Match": etag}, line, "lines.0.sku"),
        ("PATCH", "/cart", {}, b'{"note": "ok", "job_name": "\\uDABC"}', "job_name"),
    ]:
        answer = marie.request(method, path, content=raw, headers=JSON | headers)
        error = refused(answer, 422, "invalid_unicode", field)
        assert field in error["message"]

    # A surrogate pair is an ordinary character (here 😀): accepted.
    kept = marie.patch("/cart", content=b'{"job_name": "Chantier \\ud83d\\ude00"}', headers=JSON)
    assert kept.status_code == 200, kept.text
    assert kept.json()["job_name"] == "Chantier 😀"


def test_single_line_fields_refuse_control_characters(api: TestClient, marie: Person):
    (product,) = products(database_of(api), 1)
    marie.fill_cart((product.sku, 1))
    delivery = {"method": "delivery"}
    for method, path, body, field in [
        ("PATCH", "/cart", {"po_number": "PO-1\r\nSubtotal: $0.01"}, "po_number"),
        ("PATCH", "/cart", {"job_name": "Job\x1b[31m"}, "job_name"),
        ("POST", "/cart/checkout", {"po_number": "PO-1\nTotal", "shipping": delivery}, "po_number"),
        ("POST", "/templates", {"name": "Two\nlines", "from_cart": True}, "name"),
        ("POST", "/cart/lines", {"lines": [{"sku": f"{product.sku}\r\n", "quantity": 1}]}, "lines"),
    ]:
        refused(
            marie.request(method, path, json=body),
            422,
            "invalid_lines" if field == "lines" else "control_character",
            field,
        )
    signed_out = api.post("/api/v1/auth/token", json={"username": "marie\r\ntremblay", "password": "x"})
    refused(signed_out, 422, "control_character", "username")
    form = {
        "customer_number": "100234",
        "first_name": "Émilie\u2028Bcc: x@example.com",
        "last_name": "Côté",
        "email": "emilie.cote@example.com",
        "language": "fr",
        "permission": "place_orders",
        "can_see_prices": True,
        "channel": "web",
    }
    refused(api.post("/api/v1/account-requests", json=form), 422, "control_character", "first_name")
    # Several lines are fine where text is meant to have them (the note to the approver).
    assert marie.patch("/cart", json={"note": "Line one\nLine two"}).status_code == 200
    assert len(marie.get("/cart").json()["lines"]) == 1


def test_a_body_over_the_limit_answers_413_before_it_is_parsed(api: TestClient, marie: Person):
    huge = b'{"lines": [' + b'{"sku": "X", "quantity": 1},' * (TWO_MEGABYTES // 28) + b"]}"
    for language, start in (("en", "The request body is too large"), ("fr", "Le corps de la requête")):
        answer = marie.post("/cart/lines", content=huge, headers=JSON | {"Accept-Language": language})
        error = refused(answer, 413, "payload_too_large")
        assert error["message"].startswith(start)
    # Unauthenticated, and sent in chunks without a Content-Length: counted as it arrives.
    chunks = (b"x" * 100_000 for _ in range(20))
    refused(api.post("/api/v1/account-requests", content=chunks, headers=JSON), 413, "payload_too_large")
    # Just under the limit, the body is parsed (and refused on its merits).
    note = {"note": "n" * 900_000}
    refused(marie.patch("/cart", json=note), 422, "too_long", "note")


def test_the_body_limit_is_a_setting(api_settings: Settings):
    with TestClient(create_app(api_settings.model_copy(update={"max_body_bytes": 100}))) as client:
        answer = client.post("/api/v1/auth/token", json={"username": "marie.tremblay", "password": "p" * 100})
        refused(answer, 413, "payload_too_large")
        assert "100" in answer.json()["error"]["message"]


def test_a_real_server_refuses_a_two_megabyte_body_from_its_environment_setting(live_server: LiveServer):
    body = b"{" + b" " * TWO_MEGABYTES + b"}"
    answer = httpx.post(f"{live_server.api_url}/account-requests", content=body, headers=JSON, timeout=30)
    refused(answer, 413, "payload_too_large")
