""" "Approve and place order…": delivery or pickup at a branch, PO number and job name.

The dialog only collects the choice and shows the outcome: the editor places the order (saving unsaved edits
first) and calls ``show_error`` with the service's refusal (beside the field it names: ``shipping.branch``,
``po_number``, ``job_name``) or ``accept``s. Delivery or pickup is a ``ShippingChoice``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...api import ApiError, ServiceUnreachable
from ...context import AppContext
from ...i18n import Retranslating
from ...widgets.dialog_buttons import DialogButtons
from ...widgets.field_error import FieldError
from ...widgets.form_rows import add_field_row
from ...widgets.shipping_choice import ShippingChoice


class ApproveDialog(Retranslating, QDialog):
    sig_submitted = Signal(object, str, str)
    """Place the order: shipping (``{"method": ..., "branch"?: ...}``), PO number, job name."""

    def __init__(
        self, ctx: AppContext, po_number: str, job_name: str, branch_sku: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.shipping_choice = ShippingChoice(ctx, branch_sku)
        self.po_number = QLineEdit(po_number)
        self.po_number.setMaxLength(40)
        self.job_name = QLineEdit(job_name)
        self.job_name.setMaxLength(80)
        self.po_error, self.job_error, self.message = (FieldError() for _ in range(3))
        self._labels = [QLabel() for _ in range(3)]
        self.buttons = DialogButtons(self, self.submit)
        form = QFormLayout()
        form.addRow(self._labels[0], self.shipping_choice)
        add_field_row(form, self._labels[1], self.po_number, self.po_error)
        add_field_row(form, self._labels[2], self.job_name, self.job_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Approve and place order"))
        self.intro.setText(self.tr("The order is placed in the requester's name and they are notified by e-mail."))
        self._labels[0].setText(self.tr("Shipping"))
        self._labels[1].setText(self.tr("PO number"))
        self._labels[2].setText(self.tr("Job name"))
        self.buttons.set_texts(self.tr("Place order"), self.tr("Cancel"))

    def submit(self) -> None:
        for label in (self.po_error, self.job_error, self.message):
            label.clear_message()
        if not self.shipping_choice.check():
            return
        self.set_busy(True)
        shipping = self.shipping_choice.shipping()
        self.sig_submitted.emit(shipping, self.po_number.text().strip(), self.job_name.text().strip())

    def set_busy(self, busy: bool) -> None:
        self.buttons.action.setEnabled(not busy)

    def show_error(self, exc: Exception) -> None:
        """The attempt failed: the service's words beside their field; the user may retry (same order key)."""
        self.set_busy(False)
        if isinstance(exc, ServiceUnreachable):
            self.message.show_message(
                self.tr(
                    "The Lumen service can't be reached. Nothing was lost: try again "
                    "in a moment — the order will not be placed twice."
                )
            )
            return
        message = exc.message if isinstance(exc, ApiError) else str(exc)
        field = exc.field if isinstance(exc, ApiError) else None
        target = {
            "shipping.branch": self.shipping_choice.error,
            "shipping": self.shipping_choice.error,
            "po_number": self.po_error,
            "job_name": self.job_error,
        }.get(field or "", self.message)
        target.show_message(message)
