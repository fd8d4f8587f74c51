"""Spending limits ("place orders up to an amount"): a cart over the limit (subtotal before taxes, computed by the
service) can only be sent for approval; at or under it, it is placed. The limit is an amount: a no-price user is
told "this order needs approval" and never sees it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from lumen_server.auth.models import User
from lumen_server.core.db import Database
from lumen_server.orders.models import Order
from tests.server.support import price_keys_in
from tests.server.workflow.support import DOLLAR_AMOUNT, products

DELIVERY = {"shipping": {"method": "delivery"}}


def set_limit(database: Database, username: str, limit: Decimal | None, *, sees_prices: bool | None = None) -> None:
    with database.session() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        user.order_limit = limit
        if limit is not None:
            user.can_place_orders = True
        if sees_prices is not None:
            user.can_see_prices = sees_prices


def orders_of(database: Database, username: str) -> int:
    with database.read_session() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        return len(session.scalars(select(Order).where(Order.placed_by_id == user.id)).all())


def checkout(person, language: str = "fr"):
    return person.post("/cart/checkout", json=DELIVERY, headers={"Accept-Language": language})


def test_sophie_sees_her_permission_and_limit_in_me(sign_in):
    me = sign_in("sophie.roy").get("/me").json()
    assert (me["permission"], me["order_limit"], me["can_place_orders"]) == ("place_orders_up_to", "2500.00", True)
    assert me["approver"]["full_name"] == "Marie Tremblay"
    marie = sign_in("marie.tremblay").get("/me").json()
    assert marie["permission"] == "place_orders" and "order_limit" not in marie
    assert sign_in("luc.gagnon").get("/me").json()["permission"] == "order_for_approval"


@pytest.mark.parametrize(
    ("limit_minus_subtotal", "placed"),
    [(Decimal("0.01"), True), (Decimal("0"), True), (Decimal("-0.01"), False)],
    ids=["under", "equal", "over"],
)
def test_a_cart_over_the_limit_is_refused_at_or_under_it_is_placed(sign_in, database, limit_minus_subtotal, placed):
    sophie = sign_in("sophie.roy")
    (product,) = products(database, 1)
    subtotal = Decimal(sophie.fill_cart((product.sku, 7))["subtotal"])
    limit = subtotal + limit_minus_subtotal
    set_limit(database, "sophie.roy", limit)

    cart = sophie.get("/cart", headers={"Accept-Language": "fr"}).json()
    assert cart["may_place"] is placed
    response = checkout(sophie)

    if placed:
        assert response.status_code == 201, response.text
        assert cart["needs_approval_code"] is None and cart["needs_approval_reason"] is None
        assert orders_of(database, "sophie.roy") == 1
    else:
        assert response.status_code == 403, response.text
        error = response.json()["error"]
        assert error["code"] == cart["needs_approval_code"] == "over_order_limit"
        assert error["message"] == cart["needs_approval_reason"]
        amount = f"{limit:,.2f}".replace(",", "\u00a0").replace(".", ",")
        assert amount.replace("\u00a0", "") in error["message"].replace("\u00a0", "").replace("\u202f", "")
        assert orders_of(database, "sophie.roy") == 0
        assert len(sophie.cart()["lines"]) == 1  # the cart is kept, to be sent


def test_the_refusal_names_the_limit_in_the_callers_language_and_the_cart_can_be_sent(sign_in, database):
    sophie = sign_in("sophie.roy")
    (product,) = products(database, 1)
    sophie.fill_cart((product.sku, 1))
    set_limit(database, "sophie.roy", Decimal("2500"))
    price = Decimal(sophie.cart()["lines"][0]["unit_price"]) / product.price_unit
    quantity = int(Decimal(3000) / price) + 1  # a cart of about 3 000 $
    sophie.put(f"/cart/lines/{product.sku}", json={"quantity": quantity})

    french = checkout(sophie, "fr").json()["error"]["message"]
    english = checkout(sophie, "en").json()["error"]["message"]
    assert "2\u00a0500,00\u00a0$" in french and "limite" in french
    assert "$2,500.00" in english and "limit" in english
    assert sophie.get("/cart", headers={"Accept-Language": "en"}).json()["needs_approval_reason"] == english

    sent = sophie.post("/cart/submit-for-approval", json={})
    assert sent.status_code == 201, sent.text
    assert sent.json()["approver"]["username"] == "marie.tremblay"
    assert sophie.cart()["lines"] == []


def test_a_no_price_user_over_the_limit_is_told_it_needs_approval_without_any_amount(sign_in, database):
    set_limit(database, "luc.gagnon", Decimal("1.00"), sees_prices=False)
    luc = sign_in("luc.gagnon")
    (product,) = products(database, 1)

    me = luc.get("/me").json()
    assert me["permission"] == "place_orders_up_to"
    assert "order_limit" not in me and price_keys_in(me) == []
    cart = luc.fill_cart((product.sku, 50))
    assert price_keys_in(cart) == [] and "order_limit" not in cart
    assert cart["may_place"] is False and cart["needs_approval_code"] == "over_order_limit"

    for language, words in (("fr", "doit être approuvée"), ("en", "needs approval")):
        response = checkout(luc, language)
        assert response.status_code == 403
        body = response.json()
        assert body["error"]["code"] == "over_order_limit" and words in body["error"]["message"]
        assert not DOLLAR_AMOUNT.search(response.text) and not any(ch.isdigit() for ch in body["error"]["message"])
        reason = luc.get("/cart", headers={"Accept-Language": language}).json()["needs_approval_reason"]
        assert reason == body["error"]["message"]


def test_a_requester_cart_says_approval_required_and_a_buyer_cart_may_be_placed(sign_in, database):
    (product,) = products(database, 1)
    luc = sign_in("luc.gagnon").fill_cart((product.sku, 1))
    assert (luc["may_place"], luc["needs_approval_code"]) == (False, "approval_required")
    marie = sign_in("marie.tremblay").fill_cart((product.sku, 1000))
    assert (marie["may_place"], marie["needs_approval_code"]) == (True, None)
