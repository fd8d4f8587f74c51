"""The status filter above a list of requests: pending, approved, rejected, cancelled, or all."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ...api.approvals import ApprovalStatus
from ...i18n import Retranslating
from ...models.approval_list import STATUSES, status_text

ALL = ""


class StatusFilter(Retranslating, QComboBox):
    sig_status_chosen = Signal(object)
    """The user chose a status (an ApprovalStatus, or None for all)."""

    def __init__(self, initial: ApprovalStatus | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for status in (*STATUSES, ALL):
            self.addItem("", status)
        self.setCurrentIndex(self.findData(initial or ALL))
        self.currentIndexChanged.connect(lambda _index: self.sig_status_chosen.emit(self.status()))
        self.retranslate()

    def status(self) -> ApprovalStatus | None:
        return self.currentData() or None

    def choose(self, status: ApprovalStatus | None) -> None:
        self.setCurrentIndex(self.findData(status or ALL))

    def retranslate(self) -> None:
        for index in range(self.count()):
            status = self.itemData(index)
            self.setItemText(index, self._shown(status))

    def _shown(self, status: str) -> str:
        """A filter names a set of requests, so its words are plural ("Approuvées", not "Approuvée")."""
        texts = {
            "pending": self.tr("Pending requests"),
            "approved": self.tr("Approved requests"),
            "rejected": self.tr("Rejected requests"),
            "cancelled": self.tr("Cancelled requests"),
            ALL: self.tr("All"),
        }
        return texts.get(status, status_text(status))
