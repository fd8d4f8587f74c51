""" "Approve and place order…": delivery or pickup at a branch, PO number and job name.

The dialog only collects the choice and shows the outcome: the editor places the order (saving unsaved edits
first) and calls ``show_error`` with the service's refusal (beside the field it names: ``shipping.branch``,
``po_number``, ``job_name``) or ``accept``s. Delivery or pickup is a ``ShippingChoice``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ...context import AppContext
from ...i18n import Retranslating
from ...widgets.form_dialog import FormDialog
from ...widgets.shipping_choice import ShippingChoice


class ApproveDialog(Retranslating, FormDialog):
    sig_submitted = Signal(object, str, str)
    """Place the order: shipping (``{"method": ..., "branch"?: ...}``), PO number, job name."""

    def __init__(
        self, ctx: AppContext, po_number: str, job_name: str, branch_sku: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.shipping_choice = ShippingChoice(ctx, branch_sku)
        self.po_number = QLineEdit(po_number)
        self.po_number.setMaxLength(40)
        self.job_name = QLineEdit(job_name)
        self.job_name.setMaxLength(80)
        self.add_row("shipping", self.shipping_choice)  # it has its error line, under the branch
        self.field_errors.update(dict.fromkeys(("shipping", "shipping.branch"), self.shipping_choice.error))
        self.po_error = self.add_field("po_number", self.po_number)
        self.job_error = self.add_field("job_name", self.job_name)
        self.lay_out()
        self.retranslate()

    def retranslate(self) -> None:
        self.set_texts(
            title=self.tr("Approve and place order"),
            intro=self.tr("The order is placed in the requester's name and they are notified by e-mail."),
            captions={
                "shipping": self.tr("Shipping"),
                "po_number": self.tr("PO number"),
                "job_name": self.tr("Job name"),
            },
            action=self.tr("Place order"),
        )

    def submit(self) -> None:
        self.clear_errors()
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
        self.say_failure(
            exc,
            unreachable=self.tr(
                "The Lumen service can't be reached. Nothing was lost: try again "
                "in a moment — the order will not be placed twice."
            ),
        )
