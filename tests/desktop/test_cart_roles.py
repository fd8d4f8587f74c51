"""The cart shows each role its one way to order, and prices only to those who may see them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from lumen_desktop import ops

from .cart_steps import add_wire, button_texts, buttons, cell_texts, headers, open_cart, visit_every_section
from .helpers import api_as, visible_texts

__all__ = ["open_cart"]  # a fixture, imported for pytest


def test_a_requester_without_prices_sends_the_cart_to_marie(qtbot, fresh_server, open_cart):
    luc = api_as(fresh_server, "luc.gagnon")
    wire = add_wire(luc)

    _ctx, window, view = open_cart(fresh_server, "luc.gagnon")

    # The line is there, and nothing about money exists: no column, no cell, no label.
    assert view.model.rowCount() == 1
    assert view.model.line(0).sku == wire.sku
    assert headers(view) == ["SKU", "Product", "Quantity", "Unit", "Status"]
    assert view.totals is None
    visit_every_section(qtbot, window)
    assert not [text for text in visible_texts(window) + cell_texts(view) if "$" in text]

    # Luc's one action names his approver; "Place order" exists nowhere in the window.
    assert "Send for approval to Marie Tremblay…" in button_texts(window)
    assert not [b for b in buttons(window) if "Place order" in b.text().replace("&", "")]
    assert not window.findChildren(object, "placeOrderButton")

    # One note per request: he writes it in the cart, where it says whom it is for; the dialog shows it.
    assert view.details.labels["note"].text().replace("&", "") == "Note for Marie Tremblay:"
    view.details.note.setFocus()
    qtbot.keyClicks(view.details.note, "Pour le chantier Laval, lundi")
    qtbot.mouseClick(view.action_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert not dialog.findChildren(QPlainTextEdit) and not dialog.findChildren(QLineEdit)
    assert "Pour le chantier Laval, lundi" in dialog.note_label.text()
    with qtbot.waitSignal(view.sig_sent_for_approval, timeout=20_000) as sent:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and ops.pending_count() == 0, timeout=20_000)
    assert view.empty_label.isVisible()
    assert view.status.info.text() == "Sent to Marie Tremblay for approval — see My requests"
    requests = luc.approvals.list(role="requester")
    mine = next(r for r in requests if r.id == sent.args[0])
    assert mine.status == "pending"
    assert luc.approvals.get(mine.id).note == "Pour le chantier Laval, lundi"
    assert luc.cart.get().lines == []


def test_a_buyer_places_the_order_once_even_when_placing_it_twice(qtbot, fresh_server, open_cart):
    jean = api_as(fresh_server, "jean.dupuis")
    wire = add_wire(jean)
    orders_before = jean.orders.list().total

    _ctx, window, view = open_cart(fresh_server, "jean.dupuis")

    assert "Unit price" in headers(view) and "Amount" in headers(view)
    assert view.totals is not None and "$" in view.totals.total_label.text()
    visit_every_section(qtbot, window)
    assert "Place order…" in button_texts(window)
    assert not [text for text in button_texts(window) if "Send for approval" in text]

    qtbot.mouseClick(view.action_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    qtbot.keyClicks(dialog.po_number, "PO-7781")
    assert dialog.shipping_choice.delivery.isChecked()
    with qtbot.waitSignal(view.sig_order_placed, timeout=20_000) as placed:
        qtbot.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    number = placed.args[0]
    assert number.startswith("C-")
    assert dialog.placed_message.text() == f"Order {number} placed"

    # The answer was "lost": the same dialog places the same order again — the service answers the first one.
    with qtbot.waitSignal(dialog.sig_order_placed, timeout=20_000) as again:
        dialog.submit()
    assert again.args[0].number == number

    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and ops.pending_count() == 0, timeout=20_000)
    assert view.status.info.text() == f"Order {number} placed"
    assert jean.cart.get().lines == []
    assert jean.orders.list().total == orders_before + 1
    order = jean.orders.get(number)
    assert order.po_number == "PO-7781"
    assert [line.sku for line in order.lines] == [wire.sku]

    window.select_section("orders")  # opened earlier, before this order existed
    orders = window.current_page()
    qtbot.waitUntil(lambda: number in [o.number for o in orders.model.orders()], timeout=20_000)
