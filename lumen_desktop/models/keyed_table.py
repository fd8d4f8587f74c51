"""``KeyedTableModel``: a table model whose columns are named by keys, never by their numbers.

A model gives the keys of the columns this user sees (the price columns only exist for a user who may see prices)
and their titles: a ``RowTableModel`` whose every key has a fixed title names them in ``COLUMN_TITLES`` (a
``code_words.CodeWords`` table, the model's class name as context), any other model in its own ``column_title``.
Views and tests find a column by its key: ``model.column_of("name")``. A model whose columns change (another user
signs in) assigns ``self._columns`` between ``beginResetModel``/``endResetModel``.

``redraw_row``/``redraw`` draw a row or the whole table again (a row changed, the language did).
``KeyedRowsModel`` adds the rows (``RowTableModel`` where the keys are strings): one object per table row in
``self._rows``, the row count, and ``data``: the display role answers from the row's texts (the model's ``display``
for each column), formatted the first time the row is shown and kept until the row changes (``dataChanged``, a
reset, a removal), so a paint formats nothing and a page of rows costs what the screen shows; every other role is
the model's ``cell``. A model with one editable column names it in ``EDITABLE_COLUMN`` (``may_edit`` says for which
rows); its ``setData`` refuses a cell outside it (``in_editable_column``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer

from ..code_words import CodeWords

K = TypeVar("K")
R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


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

    def redraw_row(self, row: int) -> None:
        """Every cell of ``row`` is drawn again (its object changed)."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def redraw(self, *, headers: bool = True) -> None:
        """Every cell, and the headers, are drawn again (the language or the time changed)."""
        if headers and self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(self._columns) - 1))

    def _on_language_changed(self, _language: str) -> None:
        # A bound method for ``sig_language_changed``: Qt drops the connection when the model is destroyed.
        self.redraw()


class KeyedRowsModel(KeyedTableModel[K], Generic[K, R]):
    RIGHT_ALIGNED_COLUMNS: frozenset[K] = frozenset()
    """The columns of numbers and amounts, right-aligned."""
    EDITABLE_COLUMN: K | None = None
    """The one column the user may edit, in the rows ``may_edit`` allows (None: the table is read-only)."""

    def __init__(self, parent: QObject | None = None, *, columns: Iterable[K] = ()) -> None:
        super().__init__(parent, columns=columns)
        self._rows: list[R] = []
        self._texts: dict[int, tuple[R, tuple[str, ...]]] = {}  # row → (its object, its cells as shown)
        for signal in (self.modelReset, self.layoutChanged, self.rowsRemoved):
            signal.connect(self._forget_all_texts)
        self.dataChanged.connect(self._forget_texts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def set_rows(self, rows: Iterable[R]) -> None:
        """Shows ``rows`` in place of the current ones (a model reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: list[R]) -> None:
        """Adds ``rows`` at the end (the rows already shown keep their selection)."""
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def may_edit(self, row: int) -> bool:
        """Whether the ``EDITABLE_COLUMN`` cell of ``row`` can be edited now."""
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.in_editable_column(index) and self.may_edit(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def in_editable_column(self, index: Index) -> bool:
        """Whether ``index`` is a cell of the ``EDITABLE_COLUMN`` (``setData`` refuses any other)."""
        key = self.EDITABLE_COLUMN
        return key is not None and index.isValid() and self._columns[index.column()] == key

    def display(self, item: R, key: K) -> str:
        """The text of ``item``'s cell in the column ``key``, in the current language."""
        raise NotImplementedError

    def cell(self, row: int, key: K, role: int) -> Any:
        """What ``data`` answers for a role other than the display role (None: nothing)."""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        key = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.RIGHT_ALIGNED_COLUMNS:
            return RIGHT_ALIGNED
        return self.cell(index.row(), key, role)

    def text(self, row: int, column: int) -> str:
        """The cell as shown: the row's texts are formatted once, the first time one of them is asked for."""
        item = self._rows[row]
        known = self._texts.get(row)
        if known is None or known[0] is not item:
            known = (item, tuple(self.display(item, key) for key in self._columns))
            self._texts[row] = known
        return known[1][column]

    def redraw_every_minute(self) -> None:
        """The rows tell how long something has waited: they are drawn again every minute (``tick``)."""
        clock = QTimer(self)
        clock.setInterval(60_000)
        clock.timeout.connect(self.tick)
        clock.start()

    def tick(self) -> None:
        """Time passed: the rows are formatted and drawn again (the headers stay)."""
        self.redraw(headers=False)

    def _forget_texts(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles: object = None) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            self._texts.pop(row, None)

    def _forget_all_texts(self, *_args: object) -> None:
        self._texts.clear()


class RowTableModel(KeyedRowsModel[str, R]):
    """The rows of a table whose columns are named by strings."""

    COLUMN_TITLES: ClassVar[CodeWords | None] = None
    """The header of each column by its key, when one table names them all (else the model's ``column_title``)."""

    def column_title(self, key: str) -> str:
        if self.COLUMN_TITLES is None:
            return super().column_title(key)
        return self.COLUMN_TITLES.text(key)
