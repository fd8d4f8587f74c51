""" "Place order…" for a buyer: PO number, job name, delivery or pickup at a branch → ``POST /cart/checkout``.

The ``Idempotency-Key`` is made ONCE when the dialog opens and sent again with every retry of this order, so a
lost answer followed by "Retry" returns the first order instead of placing a second one. Delivery or pickup is a
``ShippingChoice``.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from ...api import Order, ServiceUnreachable
from ...context import AppContext
from ...i18n import Retranslating
from ...ops import Op
from ...style import set_role
from ...widgets.form_dialog import FormDialog
from ...widgets.shipping_choice import ShippingChoice
from .details_form import LIMITS

SHIPPING_FIELDS = ("shipping.branch", "branch", "shipping", "shipping.method")


class PlaceOrderDialog(Retranslating, FormDialog):
    sig_order_placed = Signal(object)
    """The order was placed (api.Order); the service emptied the cart."""

    def __init__(
        self,
        ctx: AppContext,
        po_number: str = "",
        job_name: str = "",
        sku_for_branches: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, action=QPushButton())
        self._ctx = ctx
        self.idempotency_key = uuid.uuid4().hex  # one per order intent: every retry reuses it
        self.order: Order | None = None
        self._retry = False
        self.place_button = self.buttons.action
        self.place_button.setObjectName("placeOrderConfirm")
        self.po_number = QLineEdit(po_number)
        self.po_number.setMaxLength(LIMITS["po_number"])
        self.job_name = QLineEdit(job_name)
        self.job_name.setMaxLength(LIMITS["job_name"])
        self.shipping_choice = ShippingChoice(ctx, sku_for_branches)
        self.add_field("po_number", self.po_number)
        self.add_field("job_name", self.job_name)
        self.add_row("shipping", self.shipping_choice)  # it has its error line, under the branch
        self.field_errors.update(dict.fromkeys(SHIPPING_FIELDS, self.shipping_choice.error))
        self.placed_message = QLabel()
        self.placed_message.setObjectName("orderPlacedMessage")
        set_role(self.placed_message, "success")
        self.placed_message.hide()
        self.intro.hide()  # no sentence before the fields: the title says it
        self.lay_out(self.placed_message)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        if self.order is not None:
            self.placed_message.setText(self.tr("Order %1 placed").replace("%1", self.order.number))
            action = self.tr("Close")
        else:
            action = self.tr("&Retry") if self._retry else self.tr("&Place order")
        self.set_texts(
            title=self.tr("Place order"),
            captions={
                "po_number": self.tr("&PO number:"),
                "job_name": self.tr("&Job name:"),
                "shipping": self.tr("Shipping:"),
            },
            action=action,
        )

    # --- placing ------------------------------------------------------------------------------------------------
    def submit(self) -> None:
        """Places the order — or, once placed, closes. Every call for this dialog uses the same key."""
        if self.order is not None and self.sender() is self.buttons:
            self.accept()
            return
        self.clear_errors()
        if not self.shipping_choice.check():
            return
        shipping = self.shipping_choice.shipping()
        self.place_button.setEnabled(False)
        client, key = self._ctx.client, self.idempotency_key
        po_number, job_name = self.po_number.text().strip(), self.job_name.text().strip()
        Op(
            self,
            lambda: client.cart.checkout(shipping, key, po_number=po_number or None, job_name=job_name or None),
            self._placed,
        ).on_failure(self._failed).run()

    def _placed(self, order: Order) -> None:
        self.order = order
        self.place_button.setEnabled(True)
        self.po_number.setEnabled(False)
        self.job_name.setEnabled(False)
        self.shipping_choice.set_locked(True)
        self.buttons.cancel_button.hide()
        self.placed_message.show()
        self.retranslate()
        self.sig_order_placed.emit(order)

    def _failed(self, exc: Exception) -> None:
        self.place_button.setEnabled(True)
        self._retry = self._retry or isinstance(exc, ServiceUnreachable)
        self.say_failure(
            exc,
            unreachable=self.tr(
                "The Lumen service did not answer, so the order may or may not be placed. "
                "Retry is safe: it can never place this order twice."
            ),
        )
        self.retranslate()
