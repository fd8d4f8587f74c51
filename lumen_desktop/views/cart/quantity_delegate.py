"""The cart's quantity editor: a spin box stepping by the line's sale multiple (250, 500, 750… for wire per M).

Arrows and Page Up/Down always give a valid quantity; a typed quantity that is not a multiple reaches the model,
which refuses it on the line with a message saying which quantities are possible.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...models.cart_lines import MAX_QUANTITY, SaleMultipleRole

Index = QModelIndex | QPersistentModelIndex


class QuantityDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        multiple = int(index.data(SaleMultipleRole) or 1)
        editor = QSpinBox(parent)
        editor.setObjectName("quantityEditor")
        editor.setRange(multiple, MAX_QUANTITY // multiple * multiple)
        editor.setSingleStep(multiple)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        editor.setKeyboardTracking(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
