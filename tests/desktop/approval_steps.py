"""User-story steps shared by the approval tests: a requester sends a cart through the API client, the approver
opens it (in an editor window of her own or from her inbox), typing a quantity in the editor, and reading
everything a widget shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QGroupBox, QLabel, QLineEdit, QListView, QWidget

from lumen_desktop.api import ApiClient, Approval, Product, Tokens
from lumen_desktop.app import LumenApp
from lumen_desktop.context import AppContext
from lumen_desktop.views.approvals import ApprovalInboxView
from lumen_desktop.views.approvals.editor import RequestEditor
from lumen_desktop.views.catalog.quantity import MultipleSpinBox
from lumen_desktop.views.main_window import MainWindow
from lumen_server.testing import LiveServer

from .helpers import api_as, open_section_as, shown_once_loaded, signed_in_ctx

LEFT = Qt.MouseButton.LeftButton


def some_products(client: ApiClient, query: str = "THHN 12", count: int = 3) -> list[Product]:
    """The first ``count`` products found for ``query``. The default makes an everyday cart: two sale multiples
    of 12 AWG wire stay under customer 100234's second tier (5 000 $), so one approval places it."""
    products = client.catalog.search(q=query, page_size=20).items
    assert len(products) >= count, f"the demo catalog should find {count} products for {query!r}"
    return products[:count]


def luc_sends_his_cart(server: LiveServer, note: str = "For the Laval job, thanks") -> tuple[Approval, list[Product]]:
    """luc.gagnon fills his cart with two products (two sale multiples each) and sends it for approval."""
    luc = api_as(server, "luc.gagnon")
    products = some_products(luc, count=2)
    luc.cart.add_lines([{"sku": p.sku, "quantity": 2 * p.sale_multiple} for p in products])
    approval = luc.cart.submit_for_approval(note)
    luc.close()
    return approval, products


def open_editor(qtbot, ctx: AppContext, approval_id: str) -> RequestEditor:
    """The request in an editor window of its own (as the inbox opens it), once loaded."""
    return shown_once_loaded(qtbot, RequestEditor(ctx, approval_id), lambda editor: editor.approval is not None)


def marie_opens_lucs_request(
    qtbot, make_ctx: Callable[..., AppContext], server: LiveServer
) -> tuple[Approval, list[Product], RequestEditor]:
    """Luc sends his cart; Marie opens his request in an editor window of her own. Answers the request, its
    products and her editor."""
    sent, products = luc_sends_his_cart(server)
    return sent, products, open_editor(qtbot, signed_in_ctx(make_ctx, server, "marie.tremblay"), sent.id)


def marie_signed_in_opens_lucs_request(qtbot, make_ctx, server) -> tuple[Approval, AppContext, RequestEditor]:
    """Luc sends his cart; Marie, signed in, opens his request in an editor window of its own. Answers the request,
    her context (its client, its signals) and her editor."""
    sent, _products = luc_sends_his_cart(server)
    ctx = signed_in_ctx(make_ctx, server, "marie.tremblay")
    return sent, ctx, open_editor(qtbot, ctx, sent.id)


def open_from_inbox(qtbot, inbox: ApprovalInboxView, approval_id: str) -> RequestEditor:
    """Opens a request from the approver's inbox and waits for it to load."""
    editor = inbox.open_request(approval_id)
    qtbot.waitUntil(lambda: editor.approval is not None, timeout=20_000)
    return editor


def type_quantity(qtbot, editor: RequestEditor, sku: str, quantity: int) -> None:
    """Double-click-edits the quantity cell of ``sku``, types ``quantity`` in the spin box and presses Enter."""
    table, model = editor.ui.lines, editor.ui.lines_model
    row = editor.draft.row_of(sku)
    assert row is not None
    index = model.index(row, model.column_of("quantity"))
    table.setCurrentIndex(index)
    table.edit(index)
    spins = [spin for spin in table.viewport().findChildren(MultipleSpinBox) if spin.isVisible()]
    assert spins, "the quantity cell should open a spin box"
    spin = spins[-1]
    assert spin.singleStep() == model.line(row).sale_multiple
    spin.selectAll()
    qtbot.keyClicks(spin, str(quantity))
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: model.line(row).quantity == quantity)


def marie_changes_lucs_request(
    qtbot, ctx: AppContext, server: LiveServer
) -> tuple[LumenApp, MainWindow, RequestEditor]:
    """Luc sends his cart; Marie signs in through the app, opens his request from her inbox and triples the first
    line's quantity without saving it."""
    sent, products = luc_sends_his_cart(server)
    flow, window, inbox = open_section_as(qtbot, ctx, "marie.tremblay", "approvals", ApprovalInboxView)
    editor = open_from_inbox(qtbot, inbox, sent.id)
    type_quantity(qtbot, editor, products[0].sku, 3 * products[0].sale_multiple)
    return flow, window, editor


def expire_the_session(ctx: AppContext) -> None:
    """As after a night away: the access token is refused, and the refresh token too."""
    ctx.client.set_tokens(Tokens(access_token="expired", refresh_token="revoked", expires_in=900))


def click_once_the_session_expired(qtbot, ctx: AppContext, button: QAbstractButton) -> None:
    """Clicks ``button`` once the session expired; waits until the app is told to ask for sign-in again (its
    answer to an expired session)."""
    expire_the_session(ctx)
    with qtbot.waitSignal(ctx.sig_session_expired, timeout=20_000):
        qtbot.mouseClick(button, LEFT)


def cell(model, row: int, key: str) -> str:
    return str(model.data(model.index(row, model.column_of(key))) or "")


def everything_shown(widget: QWidget) -> list[str]:
    """Every text the widget and its children show: labels, buttons, inputs, group titles, table headers and
    cells (whether scrolled into view or not)."""
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton | QLineEdit):
            texts.append(child.text())
            texts.append(child.toolTip())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            root = QModelIndex()
            columns = 1 if isinstance(child, QListView) else model.columnCount(root)
            for column in range(columns):
                texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(model.rowCount(root)):
                for column in range(columns):
                    index = model.index(row, column, QModelIndex())
                    texts.append(str(model.data(index) or ""))
                    texts.append(str(model.data(index, Qt.ItemDataRole.ToolTipRole) or ""))
    return [text for text in texts if text]
