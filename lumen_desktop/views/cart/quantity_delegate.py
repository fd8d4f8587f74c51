"""The cart's quantity editor: a spin box stepping by the line's sale multiple (250, 500, 750… for wire per M).

Arrows and Page Up/Down always give a valid quantity; a typed quantity that is not a multiple reaches the model,
which refuses it on the line with a message saying which quantities are possible.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox, QWidget

from ...models.cart_lines import MAX_QUANTITY, SaleMultipleRole
from ...widgets.quantity_editing import QuantityEditing


class QuantityDelegate(QuantityEditing):
    multiple_role = SaleMultipleRole
    select_on_edit = True

    def make_editor(self, parent: QWidget, multiple: int) -> QSpinBox:
        editor = QSpinBox(parent)
        editor.setObjectName("quantityEditor")
        editor.setRange(multiple, MAX_QUANTITY // multiple * multiple)
        editor.setSingleStep(multiple)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        editor.setKeyboardTracking(False)
        return editor
