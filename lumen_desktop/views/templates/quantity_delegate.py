"""The quantity editor of a line: a spin box that steps by the product's sale multiple.

A typed value that is not a multiple still reaches ``setData``, which refuses it and says why (the model's
``sig_quantity_refused``); the spin box only makes the right values the easy ones.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...models.template_lines_model import SALE_MULTIPLE_ROLE

MAX_QUANTITY = 1_000_000
Index = QModelIndex | QPersistentModelIndex


class QuantityDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        multiple = int(index.data(SALE_MULTIPLE_ROLE) or 1)
        editor = QSpinBox(parent)
        editor.setRange(multiple, MAX_QUANTITY - MAX_QUANTITY % multiple)
        editor.setSingleStep(multiple)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setAccelerated(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
