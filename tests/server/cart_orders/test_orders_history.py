"""The order history: my customer's orders placed by me or approved from my requests, and ordering again."""

from __future__ import annotations

from typing import Any

from tests.server.cart_orders.support import approved_for
from tests.server.support import Person

DELIVERY = {"shipping": {"method": "delivery"}}


def place(person: Person, *lines: tuple[str, int], po_number: str | None = None) -> dict[str, Any]:
    person.fill_cart(*lines)
    response = person.post("/cart/checkout", json={"po_number": po_number, **DELIVERY})
    assert response.status_code == 201, response.text
    order: dict[str, Any] = response.json()
    return order


def test_marie_sees_her_orders_newest_first_and_jean_does_not(sign_in, catalog):
    marie, jean = sign_in("marie.tremblay"), sign_in("jean.dupuis")
    box, wire = catalog.each(), catalog.wire_per_m()
    first = place(marie, (box.sku, 1), po_number="PO-A")
    second = place(marie, (box.sku, 2), (wire.sku, 50), po_number="PO-B")
    jeans = place(jean, (box.sku, 9))

    history = marie.get("/orders").json()

    assert [o["number"] for o in history["items"]] == [second["number"], first["number"]]
    assert (history["total"], history["page"], history["page_size"]) == (2, 1, 20)
    newest = history["items"][0]
    assert (newest["po_number"], newest["line_count"], newest["total"]) == ("PO-B", 2, second["total"])
    assert newest["placed_by"]["full_name"] == "Marie Tremblay" and newest["status"] == "placed"
    assert [o["number"] for o in jean.get("/orders").json()["items"]] == [jeans["number"]]
    assert jean.get(f"/orders/{first['number']}").status_code == 404
    assert marie.get(f"/orders/{jeans['number']}").status_code == 404


def test_the_history_comes_in_pages(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    numbers = [place(marie, (catalog.each().sku, n))["number"] for n in (1, 2, 3)]

    page_2 = marie.get("/orders", params={"page": 2, "page_size": 2}).json()

    assert [o["number"] for o in page_2["items"]] == [numbers[0]]
    assert (page_2["total"], page_2["page"], page_2["page_size"]) == (3, 2, 2)
    assert marie.get("/orders", params={"page_size": 101}).status_code == 422
    assert marie.get("/orders", params={"page": 0}).status_code == 422


def test_another_customers_order_number_answers_404(sign_in, catalog):
    marie, paul = sign_in("marie.tremblay"), sign_in("paul.bergeron")
    number = place(marie, (catalog.each().sku, 1))["number"]

    for response in (paul.get(f"/orders/{number}"), paul.post(f"/orders/{number}/reorder")):
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "order_not_found"
    assert paul.get("/orders").json()["items"] == []


def test_a_requester_sees_the_order_approved_from_their_request(sign_in, catalog, database):
    box = catalog.each()
    number = approved_for(database, requester="sophie.roy", approver="marie.tremblay", lines=[(box.sku, 6)])
    sophie, marie, jean = sign_in("sophie.roy"), sign_in("marie.tremblay"), sign_in("jean.dupuis")

    sophies = sophie.get("/orders").json()["items"]

    assert [o["number"] for o in sophies] == [number]
    assert sophies[0]["requester"]["username"] == "sophie.roy"
    assert sophies[0]["placed_by"]["username"] == "marie.tremblay"
    assert [o["number"] for o in marie.get("/orders").json()["items"]] == [number]
    assert sophie.get(f"/orders/{number}").status_code == 200
    assert jean.get(f"/orders/{number}").status_code == 404


def test_reorder_adds_the_lines_to_the_cart_and_skips_products_withdrawn_since(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    box, wire, withdrawn = catalog.each(), catalog.wire_per_m(), catalog.each(1)
    number = place(marie, (box.sku, 2), (wire.sku, 300), (withdrawn.sku, 1))["number"]
    catalog.withdraw(withdrawn)
    marie.put(f"/cart/lines/{box.sku}", json={"quantity": 1})

    response = marie.post(f"/orders/{number}/reorder")

    assert response.status_code == 200
    assert response.json()["skipped"] == [withdrawn.sku]
    cart = response.json()["cart"]
    assert [(line["sku"], line["quantity"]) for line in cart["lines"]] == [(box.sku, 3), (wire.sku, 300)]
    assert cart == marie.cart()
