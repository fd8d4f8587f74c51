"""Placing the cart: only a buyer may, an order is placed once per Idempotency-Key, and the cart empties with it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from lumen_server.core.db import Database
from lumen_server.orders.models import Order

DELIVERY = {"shipping": {"method": "delivery"}}


def orders_in(database: Database) -> int:
    with database.session() as session:
        return session.scalars(select(func.count()).select_from(Order)).one()


@pytest.mark.parametrize(
    "payload",
    [
        {"json": {"po_number": "PO-1", "shipping": {"method": "delivery"}}},
        {"json": {}},
        {"content": b""},
        {"content": b'{"shipping": {"method": '},
        {"content": b"\x00\xff not json at all"},
        {"json": {"shipping": {"method": "teleport"}, "unknown": 1}},
    ],
    ids=["valid", "empty-object", "no-body", "malformed-json", "binary", "invalid"],
)
def test_luc_who_orders_for_approval_can_never_place_an_order(sign_in, catalog, database, payload):
    luc = sign_in("luc.gagnon")
    luc.fill_cart((catalog.each().sku, 2))

    response = luc.post(
        "/cart/checkout", headers={"Idempotency-Key": "luc-1", "Content-Type": "application/json"}, **payload
    )

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "approval_required"
    assert orders_in(database) == 0
    assert len(luc.cart()["lines"]) == 1


def test_marie_places_her_cart_and_the_cart_empties(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    wire, box = catalog.wire_per_m(), catalog.each()
    marie.fill_cart((wire.sku, 250), (box.sku, 4))
    cart = marie.patch("/cart", json={"po_number": "PO-CART", "job_name": "Rénovation école"}).json()

    response = marie.post(
        "/cart/checkout",
        json={"po_number": "PO-2026-17", "shipping": {"method": "pickup", "branch": "LAV"}},
        headers={"Idempotency-Key": "marie-checkout-1"},
    )

    assert response.status_code == 201, response.text
    order = response.json()
    assert order["number"].startswith("C-")
    assert (order["status"], order["po_number"], order["job_name"]) == ("placed", "PO-2026-17", "Rénovation école")
    assert order["shipping"] == {"method": "pickup", "branch": {"code": "LAV", "name": "Lumen Laval"}}
    assert order["placed_by"]["username"] == "marie.tremblay" and order["requester"] is None
    assert [(line["sku"], line["quantity"]) for line in order["lines"]] == [(wire.sku, 250), (box.sku, 4)]
    assert order["lines"] == cart["lines"], "the order is priced like the cart was"
    assert (order["subtotal"], order["taxes"], order["total"]) == (cart["subtotal"], cart["taxes"], cart["total"])
    after = marie.cart()
    assert (after["lines"], after["po_number"], after["job_name"]) == ([], None, None)
    assert marie.get(f"/orders/{order['number']}").json() == order


def test_an_empty_cart_cannot_be_placed(sign_in, database):
    marie = sign_in("marie.tremblay")

    response = marie.post("/cart/checkout", json=DELIVERY)

    assert response.status_code == 422
    assert response.json()["error"]["code"] == "cart_empty"
    assert orders_in(database) == 0


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        ({}, "shipping", "field_required"),
        ({"shipping": {"method": "teleport"}}, "shipping.method", "invalid_choice"),
        ({"shipping": {"method": "pickup"}}, "shipping.branch", "branch_required"),
        ({"shipping": {"method": "pickup", "branch": "XYZ"}}, "shipping.branch", "unknown_branch"),
        ({"po_number": "P" * 41, "shipping": {"method": "delivery"}}, "po_number", "too_long"),
        ({"job_name": "J" * 81, "shipping": {"method": "delivery"}}, "job_name", "too_long"),
    ],
)
def test_a_buyers_checkout_with_bad_details_is_refused_and_the_cart_kept(sign_in, catalog, database, body, field, code):
    marie = sign_in("marie.tremblay")
    marie.fill_cart((catalog.each().sku, 1))

    response = marie.post("/cart/checkout", json=body, headers={"Idempotency-Key": "bad-details"})

    assert response.status_code == 422, response.text
    assert (response.json()["error"]["code"], response.json()["error"]["field"]) == (code, field)
    assert orders_in(database) == 0
    assert len(marie.cart()["lines"]) == 1


def test_a_buyers_malformed_json_answers_422(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    marie.fill_cart((catalog.each().sku, 1))

    response = marie.post("/cart/checkout", content=b'{"shipping": ', headers={"Content-Type": "application/json"})

    assert response.status_code == 422
    assert response.json()["error"]["code"] == "malformed_json"


def test_an_idempotency_key_over_200_characters_is_refused(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    marie.fill_cart((catalog.each().sku, 1))

    response = marie.post("/cart/checkout", json=DELIVERY, headers={"Idempotency-Key": "k" * 201})

    assert response.status_code == 422
    assert response.json()["error"]["field"] == "Idempotency-Key"


def test_a_retry_with_the_same_key_returns_the_first_order_and_leaves_the_refilled_cart_alone(
    sign_in, catalog, database
):
    marie = sign_in("marie.tremblay")
    box, wire = catalog.each(), catalog.wire_per_m()
    marie.fill_cart((box.sku, 3))
    first = marie.post("/cart/checkout", json=DELIVERY, headers={"Idempotency-Key": "retry-me"})
    marie.fill_cart((wire.sku, 100))  # the next order, started while the first answer was lost

    retry = marie.post("/cart/checkout", json=DELIVERY, headers={"Idempotency-Key": "retry-me"})

    assert (first.status_code, retry.status_code) == (201, 201)
    assert retry.headers["Idempotent-Replayed"] == "true" and "Idempotent-Replayed" not in first.headers
    assert retry.json() == first.json()
    assert orders_in(database) == 1
    assert [(line["sku"], line["quantity"]) for line in marie.cart()["lines"]] == [(wire.sku, 100)]


def test_the_same_key_used_by_another_buyer_is_another_order(sign_in, catalog, database):
    marie, jean = sign_in("marie.tremblay"), sign_in("jean.dupuis")
    for buyer in (marie, jean):
        buyer.fill_cart((catalog.each().sku, 1))

    numbers = {
        buyer.post("/cart/checkout", json=DELIVERY, headers={"Idempotency-Key": "same"}).json()["number"]
        for buyer in (marie, jean)
    }

    assert len(numbers) == 2 and orders_in(database) == 2


def test_a_key_whose_attempt_failed_can_be_used_again(sign_in, catalog, database):
    marie = sign_in("marie.tremblay")
    marie.fill_cart((catalog.each().sku, 1))

    failed = marie.post("/cart/checkout", json={"shipping": {"method": "pickup"}}, headers={"Idempotency-Key": "k"})
    placed = marie.post("/cart/checkout", json=DELIVERY, headers={"Idempotency-Key": "k"})

    assert (failed.status_code, placed.status_code) == (422, 201)
    assert orders_in(database) == 1


def test_a_product_withdrawn_while_in_the_cart_stops_the_checkout_naming_it(sign_in, catalog, database):
    marie = sign_in("marie.tremblay")
    box, withdrawn = catalog.each(), catalog.each(1)
    marie.fill_cart((box.sku, 1), (withdrawn.sku, 2))
    catalog.withdraw(withdrawn)

    response = marie.post("/cart/checkout", json=DELIVERY)

    assert response.status_code == 422
    assert [(e["index"], e["sku"], e["code"]) for e in response.json()["error"]["lines"]] == [
        (1, withdrawn.sku, "unknown_sku")
    ]
    assert orders_in(database) == 0


def test_a_po_number_typed_with_spaces_is_kept_without_them_and_a_blank_one_falls_back_to_the_carts(sign_in, catalog):
    jean = sign_in("jean.dupuis")
    jean.fill_cart((catalog.each().sku, 1))
    jean.patch("/cart", json={"po_number": "  PO-CART  ", "job_name": "   "})
    assert (jean.cart()["po_number"], jean.cart()["job_name"]) == ("PO-CART", None)

    padded = jean.post(
        "/cart/checkout",
        headers={"Idempotency-Key": "padded"},
        json={"po_number": "  PO-77 ", "job_name": " Condos Laval ", **DELIVERY},
    )
    jean.fill_cart((catalog.each().sku, 1))
    jean.patch("/cart", json={"po_number": "PO-CART"})
    blank = jean.post("/cart/checkout", headers={"Idempotency-Key": "blank"}, json={"po_number": "   ", **DELIVERY})

    assert padded.status_code == blank.status_code == 201
    assert (padded.json()["po_number"], padded.json()["job_name"]) == ("PO-77", "Condos Laval")
    assert blank.json()["po_number"] == "PO-CART"
