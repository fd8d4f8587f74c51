"""Adding a product to the cart from the catalog (the details pane's "Add to cart", a barcode scan).

The addition goes into the user's one cart queue (``CartSession.of(ctx)``), like every other cart change: online it
is sent at once (``POST /cart/lines`` ADDS to what the cart holds); offline it waits on disk, shown as pending in
the Cart, and is sent in order when the service is back. ``CartAdder`` tells its view what became of it:
``sig_queued`` (waiting for the service), then ``sig_added`` or ``sig_refused`` with the service's own words for
a refusal such as ``not_a_multiple``. ``undo`` takes an addition back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...api import Product
from ...context import AppContext
from ...models.cart_session import CartSession, Refusal
from ...store.drafts import PendingEdit


class CartAdder(QObject):
    sig_added = Signal(object, int)
    """(api.Product, quantity) was added to the cart."""
    sig_queued = Signal(object, int)
    """(api.Product, quantity) waits in the cart queue until the service is back (nothing lost)."""
    sig_refused = Signal(object, str)
    """(api.Product, message): nothing was added; the message says why, in the user's language."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._mine: dict[str, tuple[Product, int]] = {}  # edit id → what this adder asked for
        self._session: CartSession | None = None

    def session(self) -> CartSession:
        session = CartSession.of(self._ctx)
        if session is not self._session:
            self._session = session
            session.sig_edit_answered.connect(self._answered)
            session.sig_edit_held.connect(self._held)
        return session

    def add(self, product: Product, quantity: int) -> PendingEdit:
        """Queues the addition of ``quantity`` × ``product``; the answer comes through the signals."""
        line = {
            "sku": product.sku,
            "quantity": int(quantity),
            "name": product.name,
            "uom": product.uom,
            "sale_multiple": product.sale_multiple,
        }
        edit = self.session().add_lines([line])
        self._mine[edit.id] = (product, quantity)
        if not self._ctx.connection.is_online:
            self.sig_queued.emit(product, quantity)
        return edit

    def undo(self, edit: PendingEdit, product: Product, quantity: int) -> None:
        """Takes back an addition: withdrawn from the queue if not sent yet, else the line loses ``quantity``
        again (removed when nothing remains). The cart shown already counts the addition either way."""
        session = self.session()
        self._mine.pop(edit.id, None)
        if session.withdraw(edit):
            return
        now = next((line.quantity for line in session.shown.lines if line.sku == product.sku), 0)
        if now - quantity > 0:
            session.set_quantity(product.sku, now - quantity)
        else:
            session.remove_line(product.sku)

    def _held(self, edit: PendingEdit) -> None:
        mine = self._mine.get(edit.id)
        if mine is not None:  # (held at queueing time, offline: ``add`` says so itself)
            self.sig_queued.emit(*mine)

    def _answered(self, edit: PendingEdit, refusals: list[Refusal]) -> None:
        mine = self._mine.pop(edit.id, None)
        if mine is None:
            return
        product, quantity = mine
        if refusals:
            self.sig_refused.emit(product, refusals[0].message)
            return
        self.sig_added.emit(product, quantity)
        self._ctx.sig_cart_changed.emit()
