"""Delivery, or pickup at a branch: the choice every order dialog offers, against the real service."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lumen_desktop import ops
from lumen_desktop.api import Tokens
from lumen_desktop.widgets.shipping_choice import ShippingChoice

from .helpers import signed_in_ctx


def test_a_pickup_needs_a_branch_and_the_customers_home_branch_comes_first(qtbot, make_ctx, live_server):
    ctx = signed_in_ctx(make_ctx, live_server, "jean.dupuis")
    product = ctx.client.catalog.search(q="THHN 12", page_size=1).items[0]

    choice = ShippingChoice(ctx, product.sku)
    qtbot.addWidget(choice)
    choice.show()
    qtbot.waitUntil(lambda: choice.branch.count() >= 4, timeout=20_000)
    assert choice.shipping() == {"method": "delivery"} and choice.check()
    assert choice.branch.itemData(0) == "MTL"  # Électricité Gagnon's home branch
    assert choice.branch.itemText(0) == "Lumen Montréal (MTL)"

    qtbot.mouseClick(choice.pickup, Qt.MouseButton.LeftButton)
    assert choice.branch.isEnabled()
    choice.branch.setCurrentIndex(-1)
    assert not choice.check()
    assert choice.error.text() == "Choose the branch where the order will be picked up."

    choice.branch.setCurrentIndex(choice.branch.findData("LAV"))
    assert choice.check() and choice.error.text() == ""
    assert choice.shipping() == {"method": "pickup", "branch": "LAV"}


def test_a_refused_branch_list_is_said_under_the_choice_and_an_expired_session_is_left_to_the_sign_in(
    qtbot, make_ctx, live_server
) -> None:
    ctx = signed_in_ctx(make_ctx, live_server, "jean.dupuis")
    refused = ShippingChoice(ctx, "LU-999999")  # no such product: the service says so
    qtbot.addWidget(refused)
    qtbot.waitUntil(lambda: refused.error.text() != "", timeout=20_000)

    ctx.client.set_tokens(Tokens(access_token="expired", refresh_token="revoked", expires_in=900))
    with qtbot.waitSignal(ctx.sig_session_expired, timeout=20_000):  # the app answers it with "sign in again"
        expired = ShippingChoice(ctx, "LU-100853")
        qtbot.addWidget(expired)
    qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=20_000)
    assert expired.error.text() == ""
