"""Delivery, or pickup at a branch: the choice every order dialog offers, against the real service."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
