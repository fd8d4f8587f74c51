"""The quantity editor of a line: a spin box that steps by the product's sale multiple.

A typed value that is not a multiple still reaches ``setData``, which refuses it and says why (the model's
``sig_quantity_refused``); the spin box only makes the right values the easy ones.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox, QWidget

from ...models.template_lines_model import SALE_MULTIPLE_ROLE
from ...widgets.quantity_editing import QuantityEditing

MAX_QUANTITY = 1_000_000


class QuantityDelegate(QuantityEditing):
    multiple_role = SALE_MULTIPLE_ROLE

    def make_editor(self, parent: QWidget, multiple: int) -> QSpinBox:
        editor = QSpinBox(parent)
        editor.setRange(multiple, MAX_QUANTITY - MAX_QUANTITY % multiple)
        editor.setSingleStep(multiple)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setAccelerated(True)
        return editor
