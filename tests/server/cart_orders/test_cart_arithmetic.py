"""A buyer's cart adds up like an invoice: per-line amounts to the cent, then the province's taxes."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tests.server.cart_orders.support import Catalog
from tests.server.support import Person

CENT = Decimal("0.01")


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def test_250_feet_of_wire_priced_per_thousand_feet_cost_a_quarter_of_the_price(sign_in, catalog):
    wire = catalog.wire_per_m()
    marie = sign_in("marie.tremblay")

    cart = marie.put(f"/cart/lines/{wire.sku}", json={"quantity": 250}).json()

    [line] = cart["lines"]
    price = catalog.net_price(wire, "100234")
    assert (line["sku"], line["quantity"], line["uom"], line["price_unit"]) == (wire.sku, 250, "ft", 1000)
    assert line["unit_price"] == f"{price:.2f}"
    assert line["extended"] == f"{cents(Decimal(250) * price / 1000):.2f}"


def test_a_contract_price_replaces_the_list_price_for_that_customer_only(sign_in, catalog):
    product, contract_price = catalog.with_contract_price("100234")
    quantity = product.sale_multiple

    marie_cart = sign_in("marie.tremblay").put(f"/cart/lines/{product.sku}", json={"quantity": quantity}).json()
    paul_cart = sign_in("paul.bergeron").put(f"/cart/lines/{product.sku}", json={"quantity": quantity}).json()

    assert contract_price != product.list_price
    assert marie_cart["lines"][0]["unit_price"] == f"{contract_price:.2f}"
    assert paul_cart["lines"][0]["unit_price"] == f"{product.list_price:.2f}"


def _quebec_cart(person: Person, catalog: Catalog) -> dict[str, Any]:
    wire, box = catalog.wire_per_m(), catalog.each()
    return person.fill_cart((wire.sku, 250), (box.sku, 7))


def test_quebec_taxes_are_tps_and_tvq_in_french(sign_in, catalog, api):
    marie = sign_in("marie.tremblay")
    _quebec_cart(marie, catalog)

    cart = marie.get("/cart", headers={"Accept-Language": "fr"}).json()

    subtotal = sum(Decimal(line["extended"]) for line in cart["lines"])
    assert cart["subtotal"] == f"{subtotal:.2f}"
    assert [(t["name"], t["rate"]) for t in cart["taxes"]] == [("TPS", "0.05"), ("TVQ", "0.09975")]
    tps, tvq = cents(subtotal * Decimal("0.05")), cents(subtotal * Decimal("0.09975"))
    assert [t["amount"] for t in cart["taxes"]] == [f"{tps:.2f}", f"{tvq:.2f}"]
    assert cart["total"] == f"{subtotal + tps + tvq:.2f}"


def test_quebec_taxes_are_gst_and_qst_in_english(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    _quebec_cart(marie, catalog)

    cart = marie.get("/cart", headers={"Accept-Language": "en"}).json()

    assert [t["name"] for t in cart["taxes"]] == ["GST", "QST"]


def test_product_names_follow_the_language_asked(sign_in, catalog):
    box = catalog.each()
    marie = sign_in("marie.tremblay")
    marie.put(f"/cart/lines/{box.sku}", json={"quantity": 1})

    assert marie.get("/cart", headers={"Accept-Language": "fr"}).json()["lines"][0]["name"] == box.name_fr
    assert marie.get("/cart", headers={"Accept-Language": "en"}).json()["lines"][0]["name"] == box.name_en


def test_an_ontario_customer_pays_hst(sign_in, catalog):
    paul = sign_in("paul.bergeron")
    box = catalog.each()

    cart = paul.put(f"/cart/lines/{box.sku}", json={"quantity": 3}).json()

    subtotal = cents(3 * catalog.net_price(box, "200518"))
    assert cart["subtotal"] == f"{subtotal:.2f}"
    assert [(t["name"], t["rate"], t["amount"]) for t in cart["taxes"]] == [
        ("HST", "0.13", f"{cents(subtotal * Decimal('0.13')):.2f}")
    ]


def test_setting_adding_and_removing_lines_each_bump_the_version(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    wire, box = catalog.wire_per_m(), catalog.each()
    start = marie.cart()
    assert (start["lines"], start["line_count"]) == ([], 0)

    after_put = marie.put(f"/cart/lines/{box.sku}", json={"quantity": 2}).json()
    after_set = marie.put(f"/cart/lines/{box.sku}", json={"quantity": 5}).json()
    after_add = marie.fill_cart((box.sku, 1), (wire.sku, 100))
    after_delete = marie.delete(f"/cart/lines/{wire.sku}").json()
    after_patch = marie.patch("/cart", json={"po_number": "PO-778", "job_name": "Chantier Laval"}).json()

    versions = [c["version"] for c in (start, after_put, after_set, after_add, after_delete, after_patch)]
    assert versions == sorted(set(versions)), "every change gives a new, higher version"
    assert [(line["sku"], line["quantity"]) for line in after_add["lines"]] == [(box.sku, 6), (wire.sku, 100)]
    assert [(line["sku"], line["quantity"]) for line in after_delete["lines"]] == [(box.sku, 6)]
    assert (after_patch["po_number"], after_patch["job_name"], after_patch["note"]) == (
        "PO-778",
        "Chantier Laval",
        None,
    )
    assert after_patch["line_count"] == 1

    emptied = marie.delete("/cart").json()
    assert (emptied["lines"], emptied["po_number"], emptied["version"] > after_patch["version"]) == ([], None, True)


def test_removing_a_product_that_is_not_in_the_cart_answers_404(sign_in, catalog):
    marie = sign_in("marie.tremblay")

    response = marie.delete(f"/cart/lines/{catalog.each().sku}")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_in_cart"


def test_each_user_has_a_cart_of_their_own(sign_in, catalog):
    marie, jean = sign_in("marie.tremblay"), sign_in("jean.dupuis")
    marie.put(f"/cart/lines/{catalog.each().sku}", json={"quantity": 4})

    assert jean.cart()["lines"] == []


def test_staff_have_no_cart(sign_in):
    response = sign_in("ecomm").get("/cart")

    assert response.status_code == 403
