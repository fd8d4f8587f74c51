"""The ordering action of a buyer who "places orders up to an amount": **Place order…** while the cart is within
the limit, **Send for approval to <approver>…** with the reason when the service says it is over.

The service decides (``GET /cart``'s ``may_place``); this widget only shows it. The reason names the limit
("Over your limit of 2 500,00 $") only when ``GET /me`` gave one, which it does only to a user who may see prices;
anyone else reads "This order needs approval".
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...api.limits import CartVerdict, OrderPermission
from ...formatting import Formatter
from ...style import set_role
from ...widgets.formatted import Formatted
from ...widgets.named_button import named_button


class LimitedOrderActions(Formatted, QWidget):
    sig_place = Signal()
    """The user asked to place the cart (it is within their limit)."""
    sig_send = Signal()
    """The user asked to send the cart for approval (it is over their limit)."""

    def __init__(
        self, permission: OrderPermission, approver_name: str, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._permission = permission
        self._approver_name = approver_name
        self._formatter = formatter
        self._verdict = CartVerdict(may_place=True)
        self.reason = QLabel()
        self.reason.setObjectName("cartApprovalReason")
        self.reason.setWordWrap(True)
        set_role(self.reason, "warning")
        self.place_button = named_button("placeOrderButton", self.sig_place)
        self.send_button = named_button("sendForApprovalButton", self.sig_send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reason)
        for button in (self.place_button, self.send_button):
            button.setDefault(True)
            button.setMinimumHeight(36)
            layout.addWidget(button)
        self.retranslate()
        self._render()

    def show_verdict(self, verdict: CartVerdict) -> None:
        self._verdict = verdict
        self._render()

    def set_actions_enabled(self, enabled: bool) -> None:
        self.place_button.setEnabled(enabled)
        self.send_button.setEnabled(enabled)

    def reason_text(self) -> str:
        limit = self._permission.order_limit
        if limit is not None:
            return self.tr("Over your limit of %1").replace("%1", self._formatter.money(limit))
        return self.tr("This order needs approval")

    def retranslate(self) -> None:
        self.place_button.setText(self.tr("Place order…"))
        self.send_button.setText(self.tr("Send for approval to %1…").replace("%1", self._approver_name))
        self.reason.setText(self.reason_text())

    def _render(self) -> None:
        over = not self._verdict.may_place
        self.reason.setVisible(over)
        self.send_button.setVisible(over)
        self.place_button.setVisible(not over)
