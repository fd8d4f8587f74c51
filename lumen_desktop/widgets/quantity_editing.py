"""What the quantity delegates of the cart, a template and the approver's editor share: the spin box each makes
(``make_editor``) gets the line's quantity, and on commit its typed text is taken in and handed to the model,
which refuses a quantity that is not a multiple of the sale multiple and says why. The spin box only makes the
right quantities the easy ones."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class QuantityEditing(QStyledItemDelegate):
    multiple_role: int
    """The model's role holding a line's sale multiple."""
    select_on_edit = False
    """The quantity is selected as editing starts: the first key typed replaces it."""

    def make_editor(self, parent: QWidget, multiple: int) -> QSpinBox:
        raise NotImplementedError

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return self.make_editor(parent, int(index.data(self.multiple_role) or 1))

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
            if self.select_on_edit:
                editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
