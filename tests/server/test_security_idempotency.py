"""An Idempotency-Key answers only the request it was first sent with (same user, operation, target, payload):
anything else with that key is 422 ``idempotency_key_reused``, and changes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from lumen_server.testing import bearer
from tests.server.support import Person
from tests.server.workflow.support import products

DELIVERY = {"shipping": {"method": "delivery"}}


@pytest.fixture
def people(api: TestClient) -> dict[str, Person]:
    return {name: Person(name, api, bearer(api, name)) for name in ("marie.tremblay", "luc.gagnon", "jean.dupuis")}


def send_for_approval(luc: Person, sku: str, quantity: int) -> int:
    luc.fill_cart((sku, quantity))
    response = luc.post("/cart/submit-for-approval", json={})
    assert response.status_code == 201, response.text
    approval_id: int = response.json()["id"]
    return approval_id


def reused(answer: Any) -> None:
    assert answer.status_code == 422, answer.text
    assert answer.json()["error"]["code"] == "idempotency_key_reused"
    assert answer.json()["error"]["field"] == "Idempotency-Key"


def test_a_key_used_to_approve_one_request_does_not_approve_another_nor_checks_out(api, people):
    marie, luc = people["marie.tremblay"], people["luc.gagnon"]
    first, second = products(api.app.state.database, 2)
    request_a = send_for_approval(luc, first.sku, 2)
    request_b = send_for_approval(luc, second.sku, 3)
    key = {"Idempotency-Key": "approve-once"}

    placed = marie.post(f"/approvals/{request_a}/approve", json=DELIVERY, headers=key)
    assert placed.status_code == 201, placed.text

    reused(marie.post(f"/approvals/{request_b}/approve", json=DELIVERY, headers=key))
    assert marie.get(f"/approvals/{request_b}").json()["status"] == "pending"

    marie.fill_cart((second.sku, 1))
    reused(marie.post("/cart/checkout", json=DELIVERY, headers=key))
    assert len(marie.get("/cart").json()["lines"]) == 1  # the cart is kept, nothing was placed

    # The same request again still answers the first order (contract invariant 4).
    again = marie.post(f"/approvals/{request_a}/approve", json=DELIVERY, headers=key)
    assert again.status_code == 201
    assert again.json()["number"] == placed.json()["number"]
    assert again.headers["Idempotent-Replayed"] == "true"
    assert len(marie.get("/orders").json()["items"]) == 1


def test_the_same_key_with_another_payload_is_refused(api, people):
    jean = people["jean.dupuis"]
    (product,) = products(api.app.state.database, 1)
    key = {"Idempotency-Key": "checkout-7"}
    jean.fill_cart((product.sku, 1))
    placed = jean.post("/cart/checkout", json=DELIVERY | {"po_number": "PO-1"}, headers=key)
    assert placed.status_code == 201, placed.text

    reused(jean.post("/cart/checkout", json=DELIVERY | {"po_number": "PO-2"}, headers=key))
    # Spacing and key order do not make another payload.
    same = jean.post(
        "/cart/checkout",
        content=b'{"po_number" : "PO-1",   "shipping": {"method": "delivery"}}',
        headers=key | {"Content-Type": "application/json"},
    )
    assert same.status_code == 201
    assert same.json()["number"] == placed.json()["number"]


def test_keys_belong_to_their_user(api, people):
    marie, jean = people["marie.tremblay"], people["jean.dupuis"]
    (product,) = products(api.app.state.database, 1)
    key = {"Idempotency-Key": "shared-by-chance"}
    for person in (marie, jean):
        person.fill_cart((product.sku, 1))
    first = marie.post("/cart/checkout", json=DELIVERY, headers=key)
    second = jean.post("/cart/checkout", json=DELIVERY, headers=key)
    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["number"] != second.json()["number"]
    assert "Idempotent-Replayed" not in second.headers
