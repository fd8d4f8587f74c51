"""Every change to a cart is checked against the catalog: a bad line is named, and nothing half-happens."""

from __future__ import annotations

import pytest


def test_a_material_list_with_three_bad_lines_among_five_names_all_three_and_changes_nothing(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    wire, box, boxed = catalog.wire_per_m(), catalog.each(), catalog.sold_by_multiple()
    marie.put(f"/cart/lines/{box.sku}", json={"quantity": 2})
    before = marie.cart()

    response = marie.post(
        "/cart/lines",
        json={
            "lines": [
                {"sku": wire.sku, "quantity": 500},
                {"sku": "NO-SUCH-PRODUCT-123", "quantity": 1},
                {"sku": box.sku, "quantity": 0},
                {"sku": box.sku, "quantity": 3},
                {"sku": boxed.sku, "quantity": boxed.sale_multiple + 1},
            ]
        },
    )

    assert response.status_code == 422
    error = response.json()["error"]
    assert (error["code"], error["field"]) == ("invalid_lines", "lines")
    named = [(e["index"], e["sku"], e["field"], e["code"]) for e in error["lines"]]
    assert named == [
        (1, "NO-SUCH-PRODUCT-123", "sku", "unknown_sku"),
        (2, box.sku, "quantity", "quantity_not_positive"),
        (4, boxed.sku, "quantity", "not_a_multiple"),
    ]
    assert str(boxed.sale_multiple) in error["lines"][2]["message"]
    assert marie.cart() == before


def test_adding_to_a_quantity_already_in_the_cart_is_checked_on_the_sum(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    wire = catalog.wire_per_m()
    marie.put(f"/cart/lines/{wire.sku}", json={"quantity": 999_000})

    response = marie.post("/cart/lines", json={"lines": [{"sku": wire.sku, "quantity": 1_001}]})

    assert response.status_code == 422
    [bad] = response.json()["error"]["lines"]
    assert (bad["index"], bad["sku"], bad["code"]) == (0, wire.sku, "quantity_too_large")
    assert marie.cart()["lines"][0]["quantity"] == 999_000


def test_the_same_product_twice_in_a_list_is_added_up(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    box = catalog.each()

    cart = marie.fill_cart((box.sku, 2), (box.sku, 5))

    assert [(line["sku"], line["quantity"]) for line in cart["lines"]] == [(box.sku, 7)]


@pytest.mark.parametrize(
    ("quantity", "code"),
    [
        (0, "quantity_not_positive"),
        (-1, "quantity_not_positive"),
        (1.5, "invalid_integer"),
        ("3", "invalid_integer"),
        (True, "invalid_integer"),
        (None, "invalid_integer"),
        (1_000_001, "quantity_too_large"),
        (10**30, "quantity_too_large"),
    ],
)
def test_a_quantity_that_is_not_a_whole_positive_number_up_to_a_million_is_refused(sign_in, catalog, quantity, code):
    marie = sign_in("marie.tremblay")
    box = catalog.each()

    one = marie.put(f"/cart/lines/{box.sku}", json={"quantity": quantity})
    many = marie.post("/cart/lines", json={"lines": [{"sku": box.sku, "quantity": quantity}]})

    assert one.status_code == 422
    assert (one.json()["error"]["code"], one.json()["error"]["field"]) == (code, "quantity")
    assert "quantity" in one.json()["error"]["message"]
    assert many.status_code == 422
    [bad] = many.json()["error"]["lines"]
    assert (bad["index"], bad["sku"], bad["field"], bad["code"]) == (0, box.sku, "quantity", code)
    assert marie.cart()["lines"] == []


def test_a_quantity_must_be_a_multiple_of_how_the_product_is_sold(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    boxed = catalog.sold_by_multiple()

    refused = marie.put(f"/cart/lines/{boxed.sku}", json={"quantity": boxed.sale_multiple + 1})
    accepted = marie.put(f"/cart/lines/{boxed.sku}", json={"quantity": boxed.sale_multiple * 2})

    assert refused.status_code == 422
    assert (refused.json()["error"]["code"], refused.json()["error"]["field"]) == ("not_a_multiple", "quantity")
    assert str(boxed.sale_multiple) in refused.json()["error"]["message"]
    assert accepted.status_code == 200


def test_an_unknown_or_withdrawn_product_cannot_be_put_in_the_cart(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    withdrawn = catalog.each(1)
    catalog.withdraw(withdrawn)

    for sku in ("NO-SUCH-PRODUCT-123", withdrawn.sku):
        response = marie.put(f"/cart/lines/{sku}", json={"quantity": 1})
        assert response.status_code == 422
        assert (response.json()["error"]["code"], response.json()["error"]["field"]) == ("unknown_sku", "sku")


@pytest.mark.parametrize(
    ("field", "limit"),
    [("po_number", 40), ("job_name", 80), ("note", 1000)],
)
def test_cart_details_longer_than_their_limit_are_refused_naming_the_field(sign_in, field, limit):
    marie = sign_in("marie.tremblay")

    at_limit = marie.patch("/cart", json={field: "x" * limit})
    over = marie.patch("/cart", json={field: "x" * (limit + 1)})

    assert at_limit.status_code == 200
    assert over.status_code == 422
    assert (over.json()["error"]["code"], over.json()["error"]["field"]) == ("too_long", field)
    assert marie.cart()[field] == "x" * limit


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("PUT", "/cart/lines/ANY", b'{"quantity": '),
        ("POST", "/cart/lines", b'{"lines": [{"sku": "A", "quantity": 1},'),
        ("PATCH", "/cart", b"po_number=12"),
        ("POST", "/cart/lines", b'["not", "an", "object"]'),
        ("POST", "/cart/lines", b'{"lines": "many"}'),
        ("POST", "/cart/lines", b'{"lines": [{"sku": "A", "quantity": 1, "price": "0.01"}]}'),
        ("POST", "/cart/lines", b'{"lines": [{"sku": "' + b"A" * 41 + b'", "quantity": 1}]}'),
    ],
)
def test_malformed_or_unexpected_bodies_answer_422_never_500(sign_in, method, path, body):
    marie = sign_in("marie.tremblay")

    response = marie.request(method, path, content=body, headers={"Content-Type": "application/json"})

    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"]
    assert marie.cart()["lines"] == []


def test_errors_speak_the_users_language(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    box = catalog.each()

    french = marie.put(f"/cart/lines/{box.sku}", json={"quantity": 0}, headers={"Accept-Language": "fr"})
    english = marie.put(f"/cart/lines/{box.sku}", json={"quantity": 0}, headers={"Accept-Language": "en"})

    assert "au moins 1" in french.json()["error"]["message"]
    assert "at least 1" in english.json()["error"]["message"]
