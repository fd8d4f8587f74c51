"""Spending limits in the cart: sophie.roy places orders up to 2 500,00 $. Her 3 000 $ cart is refused checkout
by the service, and the cart says why and offers only "Send for approval"; within the limit it offers
"Place order…"."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from lumen_desktop import ops
from lumen_desktop.api import ApiClient, ApiError
from lumen_desktop.api.limits import CartVerdict, OrderPermission
from lumen_desktop.formatting import Formatter
from lumen_desktop.views.cart.limited_actions import LimitedOrderActions

from .cart_steps import find_product, open_cart
from .helpers import api_as

__all__ = ["open_cart"]  # a fixture, imported for pytest


def fill_to(client: ApiClient, dollars: int) -> None:
    """Puts about ``dollars`` (before taxes) of one product in the cart, at this customer's price."""
    product = find_product(client, "THHN 12")
    assert product.price is not None
    per_item = product.price / product.price_unit
    multiples = int(Decimal(dollars) / (per_item * product.sale_multiple)) + 1
    client.cart.empty()
    client.cart.add_lines([{"sku": product.sku, "quantity": product.sale_multiple * multiples}])


def test_sophies_3000_cart_is_refused_checkout_with_the_reason_and_sent_to_marie(qtbot, fresh_server, open_cart):
    sophie = api_as(fresh_server, "sophie.roy")
    fill_to(sophie, 1000)

    _ctx, window, view = open_cart(fresh_server, "sophie.roy")
    actions = view.limited_actions
    assert actions is not None and view.action_button is None
    # Within her limit: she places it herself.
    assert actions.place_button.isVisibleTo(window) and not actions.send_button.isVisibleTo(window)
    assert not actions.reason.isVisibleTo(window)

    fill_to(sophie, 3000)
    with pytest.raises(ApiError) as refused:
        sophie.cart.checkout({"method": "delivery"}, idempotency_key="sophie-3000")
    assert (refused.value.status, refused.value.code) == (403, "over_order_limit")
    assert "$2,500.00" in refused.value.message

    view.refresh()
    qtbot.waitUntil(lambda: actions.send_button.isVisibleTo(window), timeout=20_000)
    assert not actions.place_button.isVisibleTo(window)
    assert actions.reason.isVisibleTo(window) and actions.reason.text() == "Over your limit of $2,500.00"
    assert actions.send_button.text() == "Send for approval to Marie Tremblay…"

    qtbot.mouseClick(actions.send_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    with qtbot.waitSignal(view.sig_sent_for_approval, timeout=20_000) as sent:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and ops.pending_count() == 0, timeout=20_000)
    assert view.status.info.text() == "Sent to Marie Tremblay for approval — see My requests"
    assert "approvals" in window.section_keys()  # where she follows it: My requests
    request = sophie.approvals.get(sent.args[0])
    assert request.status == "pending"
    marie = api_as(fresh_server, "marie.tremblay")
    assert sent.args[0] in [r.id for r in marie.approvals.list(role="approver")]


def test_the_reason_speaks_french_and_names_no_amount_without_a_limit_to_show(qtbot):
    priced = LimitedOrderActions(
        OrderPermission(permission="place_orders_up_to", order_limit=Decimal(2500)), "Marie Tremblay", Formatter("fr")
    )
    no_prices = LimitedOrderActions(OrderPermission(permission="place_orders_up_to"), "Marie", Formatter("en"))
    for widget in (priced, no_prices):
        qtbot.addWidget(widget)
        widget.show_verdict(CartVerdict(may_place=False, needs_approval_code="over_order_limit"))
    assert priced.reason_text().replace("\u202f", " ").replace("\u00a0", " ") == "Over your limit of 2 500,00 $"
    assert no_prices.reason_text() == "This order needs approval"
    assert not any(character.isdigit() for character in no_prices.reason.text())
