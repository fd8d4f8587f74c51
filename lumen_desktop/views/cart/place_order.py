""" "Place order…" for a buyer: PO number, job name, delivery or pickup at a branch → ``POST /cart/checkout``.

The ``Idempotency-Key`` is made ONCE when the dialog opens and sent again with every retry of this order, so a
lost answer followed by "Retry" returns the first order instead of placing a second one. Delivery or pickup is a
``ShippingChoice``.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...api import ApiError, Order, ServiceUnreachable, SessionExpired
from ...context import AppContext
from ...failures import show_failure
from ...i18n import Retranslating
from ...ops import Op
from ...style import set_role
from ...widgets.dialog_buttons import DialogButtons
from ...widgets.field_error import FieldError
from ...widgets.shipping_choice import ShippingChoice
from .details_form import LIMITS

SHIPPING_FIELDS = ("shipping.branch", "branch", "shipping", "shipping.method")


class PlaceOrderDialog(Retranslating, QDialog):
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
        super().__init__(parent)
        self._ctx = ctx
        self.idempotency_key = uuid.uuid4().hex  # one per order intent: every retry reuses it
        self.order: Order | None = None
        self.po_number = QLineEdit(po_number)
        self.po_number.setMaxLength(LIMITS["po_number"])
        self.job_name = QLineEdit(job_name)
        self.job_name.setMaxLength(LIMITS["job_name"])
        self.shipping_choice = ShippingChoice(ctx, sku_for_branches)
        self.errors = {name: FieldError() for name in ("po_number", "job_name")}
        self.error = FieldError()
        self.placed_message = QLabel()
        self.placed_message.setObjectName("orderPlacedMessage")
        set_role(self.placed_message, "success")
        self.placed_message.hide()
        self.labels = {name: QLabel() for name in ("po_number", "job_name", "shipping")}
        form = QFormLayout()
        form.addRow(self.labels["po_number"], self._with_error(self.po_number, "po_number"))
        form.addRow(self.labels["job_name"], self._with_error(self.job_name, "job_name"))
        form.addRow(self.labels["shipping"], self.shipping_choice)
        self.labels["po_number"].setBuddy(self.po_number)
        self.labels["job_name"].setBuddy(self.job_name)
        self.place_button = QPushButton()
        self.place_button.setObjectName("placeOrderConfirm")
        self.buttons = DialogButtons(self, self.submit, self.place_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.placed_message)
        layout.addWidget(self.buttons)
        self._retry = False
        self.setMinimumWidth(480)
        self.retranslate()

    def _with_error(self, editor: QWidget, name: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(editor)
        column.addWidget(self.errors[name])
        return box

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Place order"))
        self.labels["po_number"].setText(self.tr("&PO number:"))
        self.labels["job_name"].setText(self.tr("&Job name:"))
        self.labels["shipping"].setText(self.tr("Shipping:"))
        if self.order is not None:
            self.placed_message.setText(self.tr("Order %1 placed").replace("%1", self.order.number))
            self.place_button.setText(self.tr("Close"))
        else:
            self.place_button.setText(self.tr("&Retry") if self._retry else self.tr("&Place order"))

    # --- placing ------------------------------------------------------------------------------------------------
    def submit(self) -> None:
        """Places the order — or, once placed, closes. Every call for this dialog uses the same key."""
        if self.order is not None and self.sender() is self.buttons:
            self.accept()
            return
        for error in (*self.errors.values(), self.error):
            error.clear_message()
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
        if isinstance(exc, ServiceUnreachable):
            self._retry = True
            self.error.show_message(
                self.tr(
                    "The Lumen service did not answer, so the order may or may not be placed. "
                    "Retry is safe: it can never place this order twice."
                )
            )
        elif isinstance(exc, SessionExpired):
            self._retry = True
            self.error.show_message(self.tr("Your session expired. Sign in again, then retry."))
        elif isinstance(exc, ApiError) and exc.field in SHIPPING_FIELDS:
            self.shipping_choice.error.show_message(exc.message)
        elif isinstance(exc, ApiError) and exc.field in self.errors:
            self.errors[exc.field].show_message(exc.message)
        elif isinstance(exc, ApiError):
            self.error.show_message(exc.message or exc.code)  # approval_required, empty cart...
        else:
            show_failure(self, exc)
        self.retranslate()
