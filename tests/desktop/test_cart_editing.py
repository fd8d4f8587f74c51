"""Editing the cart: quantities step by the sale multiple, lines go with Delete, details save as you leave them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lumen_desktop import ops

from .cart_steps import add_wire, find_product, open_cart
from .helpers import api_as

__all__ = ["open_cart"]  # a fixture, imported for pytest


def settled(view) -> bool:
    return ops.pending_count() == 0 and view.session.pending_count == 0


def test_jean_edits_quantities_removes_a_line_and_sets_the_job_name(qtbot, fresh_server, open_cart):
    jean = api_as(fresh_server, "jean.dupuis")
    wire = add_wire(jean, multiples=4)
    reel = find_product(jean, "THHN 10")
    jean.cart.add_lines([{"sku": reel.sku, "quantity": 2}])
    _ctx, _window, view = open_cart(fresh_server, "jean.dupuis")
    quantity = view.model.index(0, view.model.column_of("quantity"))

    # The arrow adds one sale multiple; the service gets the new quantity and recomputes the amount.
    view.table.setFocus()
    view.table.setCurrentIndex(quantity)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.findChild(object, "quantityEditor")
    assert editor.singleStep() == wire.sale_multiple and editor.minimum() == wire.sale_multiple
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: settled(view) and view.model.line(0).quantity == wire.sale_multiple * 5, timeout=20_000)
    assert jean.cart.get().lines[0].quantity == wire.sale_multiple * 5
    assert view.model.line(0).extended == jean.cart.get().lines[0].extended

    # A quantity that is not a multiple is refused on the line, and nothing is sent.
    assert not view.model.setData(quantity, wire.sale_multiple * 5 + 1)
    status = view.model.index(0, view.model.column_of("status")).data()
    assert status.startswith(f"Sold in multiples of {wire.sale_multiple}: enter")
    assert view.session.pending_count == 0
    # Typing a valid value again clears the line's message, even when it is the quantity the line already has.
    assert view.model.setData(quantity, wire.sale_multiple * 5)
    assert view.model.index(0, view.model.column_of("status")).data() == ""

    # Delete removes the selected line.
    view.table.selectRow(1)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: settled(view) and view.model.rowCount() == 1, timeout=20_000)
    assert [line.sku for line in jean.cart.get().lines] == [wire.sku]

    # The job name is saved when Jean leaves the field.
    view.details.job_name.setFocus()
    qtbot.keyClicks(view.details.job_name, "Tour Laval, phase 2")
    view.table.setFocus()
    qtbot.waitUntil(lambda: settled(view) and jean.cart.get().job_name == "Tour Laval, phase 2", timeout=20_000)
    assert view.details.counters["job_name"].text() == "19 / 80"


def test_the_services_refusal_of_a_field_shows_beside_it_and_keeps_the_text(qtbot, fresh_server, open_cart):
    jean = api_as(fresh_server, "jean.dupuis")
    add_wire(jean)
    _ctx, _window, view = open_cart(fresh_server, "jean.dupuis")

    too_long = "PO-" + "9" * 40  # past the service's limit (the entry itself caps what can be typed)
    view.details.po_number.setMaxLength(100)
    view.details.po_number.setFocus()
    qtbot.keyClicks(view.details.po_number, too_long)
    view.table.setFocus()

    qtbot.waitUntil(lambda: view.details.errors["po_number"].isVisibleTo(view), timeout=20_000)
    assert "40" in view.details.errors["po_number"].text()
    assert view.details.po_number.text() == too_long
    assert jean.cart.get().po_number == ""


def test_emptying_the_cart_asks_first(qtbot, fresh_server, open_cart):
    jean = api_as(fresh_server, "jean.dupuis")
    add_wire(jean)
    _ctx, _window, view = open_cart(fresh_server, "jean.dupuis")

    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    box = view.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1 and view.session.pending_count == 0

    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    box = view.dialog
    confirm = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(view) and view.model.rowCount() == 0, timeout=20_000)
    assert jean.cart.get().lines == []
    assert view.empty_label.isVisible()


def test_the_cart_follows_what_the_catalog_adds(qtbot, fresh_server, open_cart):
    jean = api_as(fresh_server, "jean.dupuis")
    ctx, _window, view = open_cart(fresh_server, "jean.dupuis")
    assert view.empty_label.isVisible()

    wire = add_wire(jean)  # as the Catalog section does, then it tells everyone
    with qtbot.waitSignal(view.session.sig_loaded, timeout=20_000):
        ctx.sig_cart_changed.emit()

    assert [view.model.line(row).sku for row in range(view.model.rowCount())] == [wire.sku]
    assert view.count_label.text() == "1 line"
