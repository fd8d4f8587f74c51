"""The status filter above a list of requests: pending, approved, rejected, cancelled, or all."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...api.approvals import ApprovalStatus
from ...i18n import Retranslating
from ...models.approval_list import STATUSES, status_text
from ...style import set_role

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


def filter_bar(title: QLabel, label: QLabel, status_filter: StatusFilter, *actions: QWidget) -> QHBoxLayout:
    """The row above a list of requests: its title taking the room left, "Show:" and the filter, the actions."""
    set_role(title, "title")
    label.setBuddy(status_filter)
    row = QHBoxLayout()
    row.addWidget(title, 1)
    for widget in (label, status_filter, *actions):
        row.addWidget(widget)
    return row
