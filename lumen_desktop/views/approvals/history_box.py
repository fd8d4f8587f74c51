"""A request's history under the title "History", as the approver's editor and the requester's details show it:
when, who and what, one row per event, read-only, the latest in view."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from ...api import HistoryEntry
from ...formatting import Formatter
from ...i18n import Retranslating
from ...models.approval_history import ApprovalHistoryModel
from ...widgets.line_tables import read_only_table
from ...widgets.tables import fit_columns


class RequestHistoryBox(Retranslating, QGroupBox):
    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ApprovalHistoryModel(formatter, self)
        self.table = read_only_table(self.model)
        fit_columns(self.table, stretch_column=self.model.column_of("what"))
        QVBoxLayout(self).addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("History"))

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.model.set_entries(entries)
        self.table.scrollToBottom()

    def set_formatter(self, formatter: Formatter) -> None:
        """The language changed: the dates follow."""
        self.model.set_formatter(formatter)
