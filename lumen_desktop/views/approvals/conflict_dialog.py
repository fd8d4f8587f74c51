"""Shown when a save met ``409 version_conflict``: someone changed the request while the approver was editing.

The editor has already reloaded the request and re-applied the approver's edits on top (marked in the table).
This dialog lists, per line, the quantity when the approver opened it, what is there now (theirs) and what the
approver typed (yours, kept), plus a changed PO number or job name. "Keep my changes" (the default) leaves the
re-applied edits to review and save at the new version; "Discard my changes" shows the request as it is now.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...formatting import Formatter
from ...i18n import Retranslating
from ...models.approval_draft import Conflict, ConflictLine
from ...widgets.column_layout import column_layout
from ...widgets.tables import fit_columns


class ConflictDialog(Retranslating, QDialog):
    def __init__(self, conflict: Conflict, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conflict = conflict
        self._formatter = formatter
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(len(conflict.lines), 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch_column=1)
        self.header_changes = QLabel()
        self.header_changes.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.keep_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.keep_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.discard_button.clicked.connect(self.reject)
        column_layout(self, self.explanation, self.table, self.header_changes, self.buttons)
        self.resize(720, 360)
        self.retranslate()

    @property
    def conflict(self) -> Conflict:
        return self._conflict

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The request changed meanwhile"))
        who = self._conflict.their_author or self.tr("Someone")
        self.explanation.setText(
            self.tr(
                "%1 changed this request while you were editing it, so it was reloaded. Your own changes are "
                "kept and marked in the table: review them, then save again."
            ).replace("%1", who)
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("When you opened it"),
                self.tr("Now (their change)"),
                self.tr("Yours (kept)"),
            ]
        )
        for row, line in enumerate(self._conflict.lines):
            cells = (line.sku, line.name, self._quantity(line.read), self._quantity(line.theirs), self._yours(line))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.header_changes.setText(self._header_text())
        self.header_changes.setVisible(bool(self.header_changes.text()))
        self.keep_button.setText(self.tr("Keep my changes"))
        self.discard_button.setText(self.tr("Discard my changes"))

    def _quantity(self, quantity: int | None) -> str:
        return self._formatter.number(quantity) if quantity is not None else self.tr("(none)")

    def _yours(self, line: ConflictLine) -> str:
        if line.yours_removed:
            return self.tr("Removed")
        if line.yours is None:
            return ""
        return self._formatter.number(line.yours)

    def _header_text(self) -> str:
        parts = []
        if self._conflict.their_po_number is not None:
            parts.append(self.tr("PO number is now “%1”.").replace("%1", self._conflict.their_po_number or ""))
        if self._conflict.their_job_name is not None:
            parts.append(self.tr("Job name is now “%1”.").replace("%1", self._conflict.their_job_name or ""))
        return " ".join(parts)
