"""``KeyedTableModel``: a table model whose columns are named by keys, never by their numbers.

A model gives the keys of the columns this user sees (the price columns only exist for a user who may see prices)
and writes each column's title in its own ``column_title`` with ``self.tr``, so the translation context stays the
model's class name. Views and tests find a column by its key: ``model.column_of("name")``. A model whose columns
change (another user signs in) assigns ``self._columns`` between ``beginResetModel``/``endResetModel``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

K = TypeVar("K")
Index = QModelIndex | QPersistentModelIndex


class KeyedTableModel(QAbstractTableModel, Generic[K]):
    def __init__(self, parent: QObject | None = None, *, columns: Iterable[K] = ()) -> None:
        super().__init__(parent)
        self._columns: list[K] = list(columns)

    @property
    def columns(self) -> list[K]:
        """The keys of the columns, in their order."""
        return list(self._columns)

    def column_key(self, column: int) -> K:
        return self._columns[column]

    def column_of(self, key: K) -> int:
        return self._columns.index(key)

    def column_title(self, key: K) -> str:
        """The header of the column ``key`` in the current language (``self.tr`` in the model itself)."""
        raise NotImplementedError

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def column_tip(self, key: K) -> str:
        """What a short column title stands for, shown over the header ("" when the title says it all)."""
        return ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(self._columns[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.column_tip(self._columns[section]) or self.column_title(self._columns[section])
        return None
