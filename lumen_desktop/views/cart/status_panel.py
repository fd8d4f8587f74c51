"""The strip above the cart's lines: what just happened (sent, placed, saved), the changes still waiting for the
service, and the changes it refused (each with its SKU and the service's words, until dismissed)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...context import AppContext
from ...i18n import Retranslating
from ...models.cart_pending import ShownCart
from ...models.cart_session import Refusal
from ...style import set_role
from ...widgets.column_layout import column_layout


class CartStatusPanel(Retranslating, QWidget):
    sig_dismiss_refusals = Signal()
    """The user read the refusals and dismissed them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._info_text = ""
        self._pending = 0
        self._online = True
        self._refusals: list[Refusal] = []
        self.info = QLabel()
        self.info.setObjectName("cartInfo")
        self.info.setWordWrap(True)
        set_role(self.info, "confirmation")
        self.pending = QLabel()
        self.pending.setObjectName("cartPending")
        self.pending.setWordWrap(True)
        set_role(self.pending, "pending")
        self.refused = QLabel()
        self.refused.setObjectName("cartRefusals")
        self.refused.setWordWrap(True)
        set_role(self.refused, "error")
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.sig_dismiss_refusals)
        self._refused_box = QWidget()
        set_role(self._refused_box, "refused")
        row = QHBoxLayout(self._refused_box)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.refused, 1)
        row.addWidget(self.dismiss_button)
        column_layout(self, self.info, self.pending, self._refused_box, flush=True)
        self.retranslate()

    def show_info(self, text: str) -> None:
        """A one-line outcome ("Order C-0001234 placed"), already translated; kept until the cart has lines."""
        self._info_text = text
        self.retranslate()

    def clear_info(self) -> None:
        self.show_info("")

    def show_state(self, cart: ShownCart, refusals: list[Refusal], online: bool) -> None:
        self._pending, self._online, self._refusals = cart.pending_count, online, list(refusals)
        if cart.lines and cart.pending_count == 0 and self._info_text:
            self._info_text = ""  # the cart has been filled again: the old outcome no longer describes it
        self.retranslate()

    def retranslate(self) -> None:
        self.info.setText(self._info_text)
        self.info.setVisible(bool(self._info_text))
        if self._pending and not self._online:
            self.pending.setText(
                self.tr(
                    "%n change(s) not sent yet. Will be sent when the service is back — nothing is lost.",
                    "",
                    self._pending,
                )
            )
        elif self._pending:
            self.pending.setText(self.tr("Sending %n change(s)…", "", self._pending))
        self.pending.setVisible(bool(self._pending))
        lines = [self._refusal_text(r) for r in self._refusals]
        self.refused.setText("\n".join(lines))
        self._refused_box.setVisible(bool(lines))
        self.dismiss_button.setText(self.tr("&Dismiss"))

    def _refusal_text(self, refusal: Refusal) -> str:
        added = refusal.edit.kind == "add_lines"
        text = self.tr("Not added — %1: %2") if added else self.tr("Not changed — %1: %2")
        return text.replace("%1", refusal.sku or self._field_name(refusal)).replace("%2", refusal.message)

    def _field_name(self, refusal: Refusal) -> str:
        names = {"po_number": self.tr("PO number"), "job_name": self.tr("Job name"), "note": self.tr("Note")}
        field = refusal.field if refusal.field in names else next(iter(refusal.edit.payload), "")
        return names.get(field or "", self.tr("Cart"))
