"""The cart's totals block: subtotal, each tax by its name and rate (GST/QST or HST), total.

Only ever created for a user who may see prices — for anyone else the cart view has no totals widget at all.
While quantity changes wait for the service, the amounts are the last ones it computed and say so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ...formatting import Formatter
from ...models.cart_pending import ShownCart
from ...style import set_role
from ...widgets.formatted import Formatted
from ..orders.documents import amount_rows


class CartTotals(Formatted, QWidget):
    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cartTotals")
        self._formatter = formatter
        self._cart: ShownCart | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self.stale_label = QLabel()
        self.stale_label.setWordWrap(True)
        set_role(self.stale_label, "warning")
        self.stale_label.hide()
        self.total_label = QLabel()  # the total's amount, for tests and screen readers
        self._rows: list[QLabel] = []
        self.retranslate()

    def show_cart(self, cart: ShownCart) -> None:
        self._cart = cart
        self.retranslate()

    def retranslate(self) -> None:
        """Writes the rows again: a new cart, a new language, a new formatter."""
        for label in self._rows:
            self._grid.removeWidget(label)
            label.deleteLater()
        self._rows = []
        cart = self._cart
        rows = amount_rows(cart.subtotal, cart.taxes, cart.total, self._formatter) if cart is not None else []
        if cart is None or not rows:
            self.stale_label.hide()
            return
        for row, (title, amount) in enumerate(rows):
            title_label, amount_label = QLabel(title), QLabel(amount)
            amount_label.setAlignment(Qt.AlignmentFlag.AlignRight)
            amount_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if row == len(rows) - 1:
                for label in (title_label, amount_label):
                    set_role(label, "total")
                amount_label.setObjectName("cartTotal")
                self.total_label = amount_label
            self._grid.addWidget(title_label, row, 1, Qt.AlignmentFlag.AlignRight)
            self._grid.addWidget(amount_label, row, 2)
            self._rows += [title_label, amount_label]
        self.stale_label.setText(self.tr("Amounts before your pending changes; the service updates them."))
        self.stale_label.setVisible(cart.stale_totals)
        self._grid.addWidget(self.stale_label, len(rows), 1, 1, 2)
