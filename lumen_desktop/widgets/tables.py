"""Tables of records set up the way every list in the app behaves, so they all read and select alike."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

# Lists load page by page: size columns from the rows in view, not from thousands of rows.
MEASURED_ROWS = 200


class ListTable(QTableView):
    """A read-only list: whole rows selected one at a time, one line per row, no row numbers, columns sized to
    their contents, and ``stretch_column`` (the descriptive one: a name, a job) taking the width left over."""

    def __init__(self, model: QAbstractItemModel, *, stretch_column: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(MEASURED_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch_column is None:
            header.setStretchLastSection(True)
        else:
            header.setStretchLastSection(False)
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)

    def rowsInserted(self, parent: QModelIndex | QPersistentModelIndex, start: int, end: int) -> None:
        # Qt refits content-sized columns on a model reset, not when a page of rows is appended.
        super().rowsInserted(parent, start, end)
        header = self.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents:
                header.resizeSection(column, max(header.sectionSizeHint(column), self.sizeHintForColumn(column)))
