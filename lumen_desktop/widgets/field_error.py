"""A red message shown under an input, hidden while empty — where the service's ``error.field`` message goes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ..style import set_role
from .fit import grow_to_fit


class FieldError(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        set_role(self, "error")
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))
        if message:
            grow_to_fit(self)

    def clear_message(self) -> None:
        self.show_message("")
