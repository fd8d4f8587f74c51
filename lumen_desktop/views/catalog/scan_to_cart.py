"""A barcode scan, from any section of the main window, adds one sale multiple of the product to the cart.

``ScanToCart.scan(code)`` looks the code up (the service's search, or this computer's copy of the catalog while
the service is unreachable) and keeps only a product whose UPC or SKU is exactly the code. The addition goes
through the cart queue like any other (``CartAdder``), and ``ScanNotice`` — a strip in the status bar — says
what was added with an **Undo** button that takes it back; it says so too when the code matches nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ...api import Page, Product, ServiceUnreachable
from ...context import AppContext
from ...i18n import Retranslating
from ...models.catalog_sync import replica_for
from ...ops import Op
from ...store.drafts import PendingEdit
from .cart_adder import CartAdder

NOTICE_MS = 12_000  # long enough to read and reach for Undo


def exact_match(products: list[Product], code: str) -> Product | None:
    """The one product whose UPC or SKU is ``code`` (SKUs ignore case), or None."""
    found = {p.sku: p for p in products if (p.upc and p.upc == code) or p.sku.casefold() == code.casefold()}
    return next(iter(found.values())) if len(found) == 1 else None


class ScanToCart(QObject):
    sig_added = Signal(object, int)
    """(api.Product, quantity) a scan added to the cart (or queued while offline)."""
    sig_unknown = Signal(str)
    """No product has exactly this code: nothing was added."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.quantity = 0  # the Catalog's "Scan quantity"; 0: one sale multiple of the product
        self.adder = CartAdder(ctx, self)
        self.last: tuple[PendingEdit, Product, int] | None = None  # (edit, product, quantity) of the last scan

    def scan(self, code: str) -> None:
        client = self._ctx.client
        Op(self, lambda: client.catalog.search(code, None, 1, 20), lambda page: self._found(code, page)).on_failure(
            lambda exc: self._search_failed(code, exc)
        ).run()

    def _search_failed(self, code: str, exc: Exception) -> None:
        if not isinstance(exc, ServiceUnreachable):
            self.sig_unknown.emit(code)
            return
        replica = replica_for(self._ctx)

        def search_here() -> Page[Product]:
            try:
                return replica.search(code, None, 1, 20)
            finally:
                replica.close()

        Op(self, search_here, lambda page: self._found(code, page)).on_failure(
            lambda _exc: self.sig_unknown.emit(code)
        ).run(pool="store")

    def _found(self, code: str, page: Page[Product]) -> None:
        product = exact_match(list(page.items), code)
        if product is None:
            self.sig_unknown.emit(code)
            return
        quantity = self.quantity or product.sale_multiple
        edit = self.adder.add(product, quantity)
        self.last = (edit, product, quantity)
        self.sig_added.emit(product, quantity)

    def set_quantity(self, quantity: int) -> None:
        self.quantity = int(quantity)

    def undo(self) -> None:
        """Takes the last scan's addition back."""
        if self.last is None:
            return
        edit, product, quantity = self.last
        self.last = None
        self.adder.undo(edit, product, quantity)


class ElidedLabel(QLabel):
    """One line that shortens its middle with "…" to fit (the whole text in its tooltip): the status bar is
    narrow at the window's opening size, and the Undo button beside it must stay reachable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, max(0, self.width())))


class ScanNotice(Retranslating, QWidget):
    """What the last scan did, with Undo; hides itself after a while."""

    def __init__(self, ctx: AppContext, scans: ScanToCart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanNotice")
        self._ctx = ctx
        self._scans = scans
        self._said: Callable[[], str] = lambda: ""
        self.message = ElidedLabel()
        self.message.setObjectName("scanNoticeText")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("scanUndoButton")
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self._undo)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTICE_MS)
        self._timer.timeout.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        scans.sig_added.connect(self._added)
        scans.sig_unknown.connect(self._unknown)
        scans.adder.sig_refused.connect(self._refused)
        self.hide()
        self.retranslate()

    def _say(self, said: Callable[[], str], undoable: bool) -> None:
        self._said = said
        self.undo_button.setVisible(undoable)
        self.retranslate()
        self.show()
        self._timer.start()

    def _added(self, product: Product, quantity: int) -> None:
        number = self._ctx.formatter.number

        def said() -> str:
            if not self._ctx.connection.is_online:
                text = self.tr("Scanned: %1 × %2 — will be added to the cart when the service is back")
            else:
                text = self.tr("Scanned: %1 × %2 added to the cart")
            return text.replace("%1", number(quantity)).replace("%2", product.name)

        self._say(said, undoable=True)

    def _unknown(self, code: str) -> None:
        self._say(
            lambda: self.tr("Scanned %1: no product has this UPC or SKU; nothing was added.").replace("%1", code),
            undoable=False,
        )

    def _refused(self, product: Product, message: str) -> None:
        self._say(lambda: self.tr("%1 was not added: %2").replace("%1", product.name).replace("%2", message), False)

    def _undo(self) -> None:
        self._scans.undo()
        self._say(lambda: self.tr("Scan undone: nothing was added."), undoable=False)

    def retranslate(self) -> None:
        self.message.set_full_text(self._said())
        self.undo_button.setText(self.tr("&Undo"))
