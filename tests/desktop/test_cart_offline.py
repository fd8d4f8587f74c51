"""Nothing typed in the cart is lost when the service goes away: edits wait on disk and are sent when it is back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lumen_desktop.models.cart_lines import PendingRole
from lumen_desktop.paths import user_store_path
from lumen_desktop.store.drafts import DraftStore

from .cart_steps import add_wire, open_cart
from .catalog_steps import open_product, products, search
from .helpers import api_as

__all__ = ["open_cart"]  # a fixture, imported for pytest


def test_edits_made_while_the_service_is_down_are_sent_when_it_is_back(qtbot, fresh_server, open_cart):
    luc = api_as(fresh_server, "luc.gagnon")
    wire = add_wire(luc, multiples=4)
    ctx, window, view = open_cart(fresh_server, "luc.gagnon")
    new_quantity = wire.sale_multiple * 10

    fresh_server.stop()

    # Luc changes the quantity in the table and types a PO number, as if nothing happened.
    quantity_cell = view.model.index(0, view.model.column_of("quantity"))
    view.table.edit(quantity_cell)
    editor = view.table.indexWidget(quantity_cell) or view.table.findChild(object, "quantityEditor")
    editor.setValue(new_quantity)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not ctx.connection.is_online, timeout=20_000)
    view.details.po_number.setFocus()
    qtbot.keyClicks(view.details.po_number, "PO-OFFLINE-1")
    qtbot.keyClick(view.details.po_number, Qt.Key.Key_Return)

    # The banner says the service is gone; the cart shows his edits as pending, and they are on disk.
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: view.session.pending_count == 2, timeout=20_000)
    assert view.model.line(0).quantity == new_quantity
    assert view.model.index(0, 0).data(PendingRole) is True
    assert view.model.index(0, view.model.column_of("status")).data() == "Pending"
    assert view.details.po_number.text() == "PO-OFFLINE-1"
    assert view.details.pending["po_number"].isVisibleTo(view)
    assert view.status.pending.isVisibleTo(view)
    assert "Will be sent when the service is back" in view.status.pending.text()
    assert not view.action_button.isEnabled()  # the request must carry these edits: sent first
    drafts = DraftStore(user_store_path(ctx.client.address, "luc.gagnon"))
    qtbot.waitUntil(lambda: len(drafts.load().edits) == 2)  # written by the store's own thread
    assert [(e.kind, e.payload) for e in drafts.load().edits] == [
        ("set_quantity", {"quantity": new_quantity}),
        ("update_details", {"po_number": "PO-OFFLINE-1"}),
    ]
    drafts.close()

    # The service comes back: the app notices by itself and sends the edits, in order.
    fresh_server.start()
    with qtbot.waitSignal(view.session.sig_queue_drained, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: view.session.pending_count == 0 and not view.status.pending.isVisibleTo(view))
    cart = luc.cart.get()
    assert [(line.sku, line.quantity) for line in cart.lines] == [(wire.sku, new_quantity)]
    assert cart.po_number == "PO-OFFLINE-1"
    assert view.model.index(0, 0).data(PendingRole) is False
    assert not window.banner.isVisible()
    assert view.action_button.isEnabled()


def test_a_refused_edit_is_shown_on_its_line_not_dropped(qtbot, fresh_server, open_cart):
    jean = api_as(fresh_server, "jean.dupuis")
    wire = add_wire(jean, multiples=2)
    _ctx, _window, view = open_cart(fresh_server, "jean.dupuis")

    # A queued change the service no longer accepts (say the sale multiple changed while it waited).
    view.session.set_quantity(wire.sku, wire.sale_multiple * 3 + 1)

    qtbot.waitUntil(lambda: view.session.refusals != [], timeout=20_000)
    refusal = view.session.refusals[0]
    assert refusal.sku == wire.sku and refusal.message
    assert view.status.refused.isVisibleTo(view)
    assert wire.sku in view.status.refused.text() and refusal.message in view.status.refused.text()
    status = view.model.index(0, view.model.column_of("status"))
    assert status.data() == refusal.message
    assert view.model.line(0).quantity == wire.sale_multiple * 2  # the service's quantity, unchanged

    qtbot.mouseClick(view.status.dismiss_button, Qt.MouseButton.LeftButton)
    assert not view.status.refused.isVisibleTo(view)


def test_add_to_cart_offline_is_queued_like_any_cart_change_and_sent_when_back(qtbot, fresh_server, open_cart):
    _ctx, window, cart_view = open_cart(fresh_server, "luc.gagnon")
    window.select_section("catalog")
    catalog = window.current_page()
    search(qtbot, catalog, "octogonale")
    box = products(catalog)[0]
    open_product(qtbot, catalog, box.sku)

    fresh_server.stop()
    with qtbot.waitSignal(catalog.adder.sig_queued, timeout=20_000):
        qtbot.mouseClick(catalog.details.add_button, Qt.MouseButton.LeftButton)
    # Said once, as waiting — not refused — and the button can be used again.
    assert catalog.details.quantity_error.isHidden()
    assert "will be added to the cart when the service is back" in catalog.status.text()
    assert catalog.details.add_button.isEnabled()

    # The Cart shows it as pending, with the quantity edits' rules.
    window.select_section("cart")
    qtbot.waitUntil(lambda: cart_view.model.rowCount() == 1, timeout=20_000)
    assert cart_view.model.line(0).sku == box.sku
    assert cart_view.model.index(0, 0).data(PendingRole) is True
    assert cart_view.status.pending.isVisibleTo(cart_view)

    fresh_server.start()
    with qtbot.waitSignal(catalog.adder.sig_added, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: cart_view.session.pending_count == 0, timeout=20_000)
    assert [(line.sku, line.quantity) for line in api_as(fresh_server, "luc.gagnon").cart.get().lines] == [
        (box.sku, box.sale_multiple)
    ]
    assert "Added" in catalog.status.text() and "not added" not in catalog.status.text()
