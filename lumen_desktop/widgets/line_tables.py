"""The two kinds of line tables: one the user reads (an order's or a request's lines, a request's history) and
one whose quantities the user types (the cart, a template). Rows carry no row numbers in either."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QTableView


def read_only_table(model: QAbstractItemModel, *, whole_rows: bool = True) -> QTableView:
    """A table of ``model`` that never edits; a click selects the whole row unless ``whole_rows`` is False (then
    a cell, as Qt does)."""
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if whole_rows:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    return table


def quantity_table(model: QAbstractItemModel, quantity_column: int, delegate: type[QStyledItemDelegate]) -> QTableView:
    """A table of whole rows where typing on a line (or a double-click, or F2) edits its quantity in ``delegate``."""
    table = QTableView()
    table.setModel(model)
    table.setItemDelegateForColumn(quantity_column, delegate(table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.verticalHeader().hide()
    return table
