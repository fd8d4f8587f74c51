"""The editor's lines table: a ``QTableView`` over ``ApprovalLinesModel`` whose quantity cells edit with a spin box
stepping by the product's sale multiple (``views.catalog.quantity.MultipleSpinBox``). Delete marks the current
line for removal (or keeps it again).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QSpinBox, QTableView, QWidget

from ...models.approval_lines import ApprovalLinesModel, SaleMultipleRole
from ...widgets.quantity_editing import QuantityEditing
from ...widgets.tables import fit_columns
from ..catalog.quantity import MultipleSpinBox

Index = QModelIndex | QPersistentModelIndex


class QuantityDelegate(QuantityEditing):
    multiple_role = SaleMultipleRole

    def make_editor(self, parent: QWidget, multiple: int) -> QSpinBox:
        editor = MultipleSpinBox(parent)
        editor.set_multiple(multiple)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


class LinesTable(QTableView):
    sig_remove_requested = Signal(int)
    """Delete was pressed on a row (its number)."""

    def __init__(self, model: ApprovalLinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self._delegate = QuantityDelegate(self)
        self.setItemDelegateForColumn(model.column_of("quantity"), self._delegate)
        fit_columns(self, stretch_column=model.column_of("name"))

    def lines_model(self) -> ApprovalLinesModel:
        model = self.model()
        assert isinstance(model, ApprovalLinesModel)
        return model

    def current_row(self) -> int | None:
        index = self.currentIndex()
        return index.row() if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.current_row()
        if event.key() == Qt.Key.Key_Delete and row is not None and self.state() != self.State.EditingState:
            self.sig_remove_requested.emit(row)
            return
        super().keyPressEvent(event)
