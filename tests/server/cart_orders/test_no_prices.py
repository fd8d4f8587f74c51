"""Luc may not see prices: no price, amount, tax or total key reaches him anywhere (contract invariant 1)."""

from __future__ import annotations

from tests.server.cart_orders.support import approved_for
from tests.server.support import price_keys_in


def test_lucs_cart_has_no_price_key_at_all(sign_in, catalog):
    luc = sign_in("luc.gagnon")
    wire, box = catalog.wire_per_m(), catalog.each()

    answers = [
        luc.put(f"/cart/lines/{wire.sku}", json={"quantity": 250}).json(),
        luc.post("/cart/lines", json={"lines": [{"sku": box.sku, "quantity": 2}]}).json(),
        luc.patch("/cart", json={"po_number": "PO-LUC"}).json(),
        luc.get("/cart", headers={"Accept-Language": "fr"}).json(),
        luc.delete(f"/cart/lines/{box.sku}").json(),
    ]

    for cart in answers:
        assert cart["lines"], "the lines themselves are there"
        assert price_keys_in(cart) == []
    line = answers[3]["lines"][0]
    assert set(line) == {"sku", "name", "quantity", "uom", "price_unit", "sale_multiple"}


def test_the_order_approved_from_lucs_request_shows_him_no_price(sign_in, catalog, database):
    wire, box = catalog.wire_per_m(), catalog.each()
    number = approved_for(
        database, requester="luc.gagnon", approver="marie.tremblay", lines=[(wire.sku, 500), (box.sku, 3)]
    )
    luc, marie = sign_in("luc.gagnon"), sign_in("marie.tremblay")

    history = luc.get("/orders").json()
    order = luc.get(f"/orders/{number}").json()
    reorder = luc.post(f"/orders/{number}/reorder").json()

    assert [o["number"] for o in history["items"]] == [number]
    assert price_keys_in(history["items"]) == []  # the page's own "total" counts orders, not dollars
    assert history["total"] == 1
    assert (order["number"], len(order["lines"])) == (number, 2)
    assert price_keys_in(order) == []
    assert price_keys_in(reorder) == [] and len(reorder["cart"]["lines"]) == 2
    marie_sees = marie.get(f"/orders/{number}").json()
    assert {"subtotal", "taxes", "total"} <= set(marie_sees) and "unit_price" in marie_sees["lines"][0]


def test_lucs_templates_show_no_price_even_one_saved_by_a_colleague_who_sees_prices(sign_in, catalog):
    marie, luc = sign_in("marie.tremblay"), sign_in("luc.gagnon")
    box = catalog.each()
    shared = marie.post("/templates", json={"name": "Marie's", "lines": [{"sku": box.sku, "quantity": 5}]}).json()
    luc.fill_cart((catalog.wire_per_m().sku, 100))

    created = luc.post("/templates", json={"name": "Luc's", "from_cart": True}).json()
    listed = luc.get("/templates").json()
    read = luc.get(f"/templates/{shared['id']}").json()
    changed = luc.put(f"/templates/{shared['id']}", json={"lines": [{"sku": box.sku, "quantity": 6}]}).json()
    added = luc.post(f"/templates/{shared['id']}/add-to-cart").json()

    assert "total" in shared, "Marie herself sees the amounts"
    assert (len(created["lines"]), len(listed["items"]), len(read["lines"])) == (1, 2, 1)
    assert (changed["lines"][0]["quantity"], len(added["cart"]["lines"])) == (6, 2)
    answers = [created, listed, read, changed, added]
    for answer in answers:
        assert price_keys_in(answer) == []


def test_luc_is_refused_checkout_without_an_amount_in_the_error(sign_in, catalog):
    luc = sign_in("luc.gagnon")
    luc.fill_cart((catalog.each().sku, 1))

    response = luc.post("/cart/checkout", json={"shipping": {"method": "delivery"}})

    assert response.status_code == 403
    assert price_keys_in(response.json()) == []


def test_sophie_who_orders_for_approval_but_sees_prices_gets_them(sign_in, catalog):
    sophie = sign_in("sophie.roy")

    cart = sophie.put(f"/cart/lines/{catalog.each().sku}", json={"quantity": 2}).json()

    assert {"subtotal", "taxes", "total"} <= set(cart)
    assert {"unit_price", "extended"} <= set(cart["lines"][0])
