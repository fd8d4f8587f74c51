""" "Place as one order…": the approver's choice of shipping, PO number and job name for several pending
requests placed together (their lines added up product by product). Like ``ApproveDialog``, it only collects the
choice and shows the outcome; the inbox places the order and calls ``show_error`` or ``accept``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...context import AppContext
from .approve_dialog import ApproveDialog


class MergeDialog(ApproveDialog):
    def __init__(
        self,
        ctx: AppContext,
        count: int,
        po_number: str,
        job_name: str,
        branch_sku: str | None,
        parent: QWidget | None = None,
    ) -> None:
        self.count = count  # read by retranslate, which the base class calls
        super().__init__(ctx, po_number, job_name, branch_sku, parent)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Place as one order"))
        self.intro.setText(
            self.tr(
                "%n request(s) become one order: their lines are added up product by product, and each requester "
                "is told by e-mail.",
                "",
                self.count,
            )
        )
