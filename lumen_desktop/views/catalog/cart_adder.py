"""Adding a product to the cart from the catalog.

``POST /cart/lines`` with one line ADDS to what the cart already holds (``PUT /cart/lines/{sku}`` would SET the
quantity, losing what was there). After an addition ``ctx.sig_cart_changed`` tells the Cart section to reload.

``CartAdder`` makes the call and tells its view what happened: ``sig_added`` or ``sig_refused`` with a message
to show next to the quantity (the service's own words for a refusal such as ``not_a_multiple``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...api import ApiError, Product, ServiceUnreachable, SessionExpired
from ...context import AppContext
from ...failures import show_failure
from ...ops import Op


class CartAdder(QObject):
    sig_added = Signal(object, int)
    """(api.Product, quantity) was added to the cart."""
    sig_refused = Signal(object, str)
    """(api.Product, message): nothing was added; the message says why, in the user's language."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx

    def add(self, product: Product, quantity: int) -> None:
        client = self._ctx.client
        lines = [{"sku": product.sku, "quantity": quantity}]
        Op(self, lambda: client.cart.add_lines(lines), lambda _cart: self._added(product, quantity)).on_failure(
            lambda exc: self._refused(product, exc)
        ).run()

    def _added(self, product: Product, quantity: int) -> None:
        self.sig_added.emit(product, quantity)
        self._ctx.sig_cart_changed.emit()

    def _refused(self, product: Product, exc: Exception) -> None:
        if isinstance(exc, SessionExpired):
            message = self.tr("Your session has ended: sign in again, then add the product again.")
        elif isinstance(exc, ApiError):
            message = next((line.message for line in exc.lines if line.message), "") or exc.message
        elif isinstance(exc, ServiceUnreachable):
            message = self.tr("The Lumen service can't be reached: nothing was added. Try again when it is back.")
        else:
            show_failure(self, exc)
            message = self.tr("The product could not be added to the cart.")
        self.sig_refused.emit(product, message)
