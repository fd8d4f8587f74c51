"""The requester hears about decisions without refreshing: a badge on "My requests", a notice in the window, the
list and Orders up to date; a rejected request can be copied back to the cart to be fixed and sent again."""

from __future__ import annotations

from uuid import uuid4

from PySide6.QtCore import Qt

from lumen_desktop.api import Approval, Order, Product
from lumen_desktop.context import AppContext
from lumen_desktop.models.cart_session import CartSession
from lumen_desktop.notifications import NoticeKind
from lumen_desktop.views.approvals import MyRequestsView
from lumen_desktop.views.catalog import CatalogView
from lumen_desktop.views.main_window import MainWindow
from lumen_desktop.views.orders.orders_view import OrdersView
from lumen_server.testing import LiveServer

from .approval_steps import luc_sends_his_cart
from .helpers import W, api_as, open_section_as


def luc_sends_his_cart_and_opens(
    qtbot, ctx: AppContext, server: LiveServer, key: str, kind: type[W]
) -> tuple[Approval, list[Product], MainWindow, W]:
    """Luc sends his cart for approval, signs in through the app and opens the section ``key``; his window's inbox
    has answered once. Answers the request, its products, his window and the section's page (a ``kind``)."""
    sent, products = luc_sends_his_cart(server)
    _flow, window, page = open_section_as(qtbot, ctx, "luc.gagnon", key, kind)
    qtbot.waitUntil(lambda: window.inbox.summary is not None, timeout=20_000)
    return sent, products, window, page


def test_luc_is_told_when_marie_rejects_and_copies_the_request_back_to_his_cart(
    qtbot, make_ctx, fresh_server, memory_keyring
) -> None:
    ctx = make_ctx(fresh_server)
    sent, products, window, _catalog = luc_sends_his_cart_and_opens(qtbot, ctx, fresh_server, "catalog", CatalogView)
    assert window.section_title("approvals") == "My requests"

    marie = api_as(fresh_server, "marie.tremblay")
    marie.approvals.reject(sent.id, "Déjà commandé la semaine dernière")
    marie.close()
    with qtbot.waitSignal(window.tray.sig_notified, timeout=20_000) as notified:
        window.inbox.poll_now()  # what its 10-second timer does
    notice = notified.args[0]
    assert notice.kind is NoticeKind.REJECTED and "Déjà commandé" in notice.message
    assert window.section_title("approvals") == "My requests (1)"
    assert "rejected" in window.statusBar().currentMessage()

    window.select_section("approvals")
    page = window.current_page()
    assert isinstance(page, MyRequestsView)
    qtbot.waitUntil(lambda: page.model.row_of(sent.id) is not None, timeout=20_000)
    page.select_request(sent.id)
    details = page.details
    qtbot.waitUntil(lambda: details.approval is not None and details.approval.status == "rejected", timeout=20_000)
    assert "approved" not in details.changes_box.title()
    assert details.copy_button.isVisible()
    qtbot.waitUntil(lambda: window.section_title("approvals") == "My requests", timeout=20_000)  # seen now

    session = CartSession.of(ctx)
    with qtbot.waitSignal(session.sig_queue_drained, timeout=20_000):
        qtbot.mouseClick(details.copy_button, Qt.MouseButton.LeftButton)
    cart = {line.sku: line.quantity for line in ctx.client.cart.get().lines}
    assert cart == {p.sku: 2 * p.sale_multiple for p in products}


def test_luc_s_orders_show_the_order_marie_placed_without_refreshing(
    qtbot, make_ctx, fresh_server, memory_keyring
) -> None:
    ctx = make_ctx(fresh_server)
    sent, _products, window, orders = luc_sends_his_cart_and_opens(qtbot, ctx, fresh_server, "orders", OrdersView)
    before = orders.model.rowCount()

    marie = api_as(fresh_server, "marie.tremblay")
    order = marie.approvals.approve(sent.id, {"method": "delivery"}, uuid4().hex)
    assert isinstance(order, Order)  # one approval places luc's everyday cart
    marie.close()
    with qtbot.waitSignal(window.tray.sig_notified, timeout=20_000) as notified:
        window.inbox.poll_now()
    assert notified.args[0].kind is NoticeKind.APPROVED and order.number in notified.args[0].message
    assert window.section_title("approvals") == "My requests (1)"
    qtbot.waitUntil(lambda: orders.model.rowCount() == before + 1, timeout=20_000)
    assert any(o.number == order.number for o in orders.model.orders())
