"""How an order reaches the customer: delivery, or pickup at a branch. Used wherever an order is placed.

The branches come from a product's stock list (``GET /products/{sku}`` names every branch, the customer's home
branch first): the API has no branch list of its own, and any product of the order will do.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from ..api import Product
from ..context import AppContext
from ..failures import show_error_beside
from ..i18n import Retranslating
from ..ops import Op
from .field_error import FieldError
from .fit import grow_to_fit

# Characters a branch choice shows whole ("Lumen Sherbrooke (SHE)").
BRANCH_NAME_LENGTH = 24


class ShippingChoice(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, sku_for_branches: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delivery = QRadioButton()
        self.delivery.setObjectName("shippingDelivery")
        self.pickup = QRadioButton()
        self.pickup.setObjectName("shippingPickup")
        self._method = QButtonGroup(self)
        self._method.addButton(self.delivery)
        self._method.addButton(self.pickup)
        self.delivery.setChecked(True)
        self.branch = QComboBox()
        self.branch.setObjectName("pickupBranch")
        self.branch.setEnabled(False)
        # "Lumen Montréal (MTL)", whole: the choice grows to its longest branch name.
        self.branch.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.branch.setMinimumContentsLength(BRANCH_NAME_LENGTH)
        self.pickup.toggled.connect(self.branch.setEnabled)
        self.error = FieldError()
        pickup_row = QHBoxLayout()
        pickup_row.addWidget(self.pickup)
        pickup_row.addWidget(self.branch, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.delivery)
        layout.addLayout(pickup_row)
        layout.addWidget(self.error)
        self.retranslate()
        if sku_for_branches:
            client = ctx.client
            Op(self, lambda: client.catalog.product(sku_for_branches), self._branches_loaded).on_failure(
                self._branches_failed
            ).run()

    def retranslate(self) -> None:
        self.delivery.setText(self.tr("&Delivery"))
        self.pickup.setText(self.tr("Pick&up at a branch"))

    def _branches_loaded(self, product: Product) -> None:
        current = self.branch.currentData()
        self.branch.clear()
        for code, name in product.branches:
            self.branch.addItem(f"{name} ({code})" if name != code else code, code)
        if current:
            self.branch.setCurrentIndex(max(0, self.branch.findData(current)))
        grow_to_fit(self)  # the longest branch name, whole

    def _branches_failed(self, exc: Exception) -> None:
        # Unreachable or signed out: nothing here; the dialog's own message says so when the user tries to place
        # the order.
        show_error_beside(self, exc, self.error)

    def shipping(self) -> dict[str, Any]:
        """The ``shipping`` object of the API: ``{"method": "delivery"}`` or ``{"method": "pickup", "branch": …}``."""
        if self.pickup.isChecked():
            return {"method": "pickup", "branch": self.branch.currentData() or ""}
        return {"method": "delivery"}

    def check(self) -> bool:
        """False, with the reason shown, when a pickup has no branch chosen."""
        self.error.clear_message()
        if self.pickup.isChecked() and not self.branch.currentData():
            self.error.show_message(self.tr("Choose the branch where the order will be picked up."))
            return False
        return True

    def set_locked(self, locked: bool) -> None:
        """Once the order is placed the choice is history: nothing to change any more."""
        self.delivery.setEnabled(not locked)
        self.pickup.setEnabled(not locked)
        self.branch.setEnabled(not locked and self.pickup.isChecked())
