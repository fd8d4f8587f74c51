""" "Approve and place order…": delivery or pickup at a branch, PO number and job name.

The dialog only collects the choice and shows the outcome: the editor places the order (saving unsaved edits
first) and calls ``show_error`` with the service's refusal (beside the field it names: ``shipping.branch``,
``po_number``, ``job_name``) or ``accept``s. The branches come from a product's stock list (``GET /products/{sku}``
lists every branch, the customer's home branch first), so no extra endpoint is needed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...api import ApiError, Product, ServiceUnreachable
from ...context import AppContext
from ...i18n import Retranslating
from ...ops import Op
from ...widgets.field_error import FieldError


def branches_of(product: Product) -> list[tuple[str, str]]:
    """(code, name) of every branch in a product's stock list, in the service's order (home branch first)."""
    found: list[tuple[str, str]] = []
    for level in product.raw.get("stock") or []:
        branch = level.get("branch") if isinstance(level, dict) else None
        if isinstance(branch, dict) and branch.get("code"):
            found.append((str(branch["code"]), str(branch.get("name") or branch["code"])))
        elif isinstance(branch, str) and branch:
            found.append((branch, branch))
    return found


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
        self.delivery = QRadioButton()
        self.pickup = QRadioButton()
        self.delivery.setChecked(True)
        self._method = QButtonGroup(self)
        self._method.addButton(self.delivery)
        self._method.addButton(self.pickup)
        self.branch = QComboBox()
        self.branch.setEnabled(False)
        self.pickup.toggled.connect(self.branch.setEnabled)
        self.po_number = QLineEdit(po_number)
        self.po_number.setMaxLength(40)
        self.job_name = QLineEdit(job_name)
        self.job_name.setMaxLength(80)
        self.branch_error, self.po_error, self.job_error, self.message = (FieldError() for _ in range(4))
        self._labels = [QLabel() for _ in range(4)]
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self._labels[0], self.delivery)
        form.addRow("", self.pickup)
        form.addRow(self._labels[1], self.branch)
        form.addRow("", self.branch_error)
        form.addRow(self._labels[2], self.po_number)
        form.addRow("", self.po_error)
        form.addRow(self._labels[3], self.job_name)
        form.addRow("", self.job_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        if branch_sku:
            client = ctx.client
            Op(self, lambda: client.catalog.product(branch_sku), self._show_branches).on_failure(lambda _e: None).run()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Approve and place order"))
        self.intro.setText(self.tr("The order is placed in the requester's name and they are notified by e-mail."))
        self._labels[0].setText(self.tr("Shipping"))
        self.delivery.setText(self.tr("Delivery"))
        self.pickup.setText(self.tr("Pickup at a branch"))
        self._labels[1].setText(self.tr("Branch"))
        self._labels[2].setText(self.tr("PO number"))
        self._labels[3].setText(self.tr("Job name"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Place order"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _show_branches(self, product: Product) -> None:
        for code, name in branches_of(product):
            self.branch.addItem(f"{name} ({code})", code)

    def shipping(self) -> dict[str, Any]:
        if self.pickup.isChecked():
            return {"method": "pickup", "branch": self.branch.currentData()}
        return {"method": "delivery"}

    def submit(self) -> None:
        for label in (self.branch_error, self.po_error, self.job_error, self.message):
            label.clear_message()
        if self.pickup.isChecked() and not self.branch.currentData():
            self.branch_error.show_message(self.tr("Choose the branch where the order will be picked up."))
            return
        self.set_busy(True)
        self.sig_submitted.emit(self.shipping(), self.po_number.text().strip(), self.job_name.text().strip())

    def set_busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

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
            "shipping.branch": self.branch_error,
            "shipping": self.branch_error,
            "po_number": self.po_error,
            "job_name": self.job_error,
        }.get(field or "", self.message)
        target.show_message(message)
