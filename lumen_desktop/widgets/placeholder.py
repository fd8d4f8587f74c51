"""The page shown for a section whose view is not written yet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..i18n import Retranslating
from ..style import set_role


class PlaceholderPage(Retranslating, QWidget):
    def __init__(self, title: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title_fn = title
        self.title = QLabel()
        set_role(self.title, "title")
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.note, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.insertStretch(0, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self._title_fn())
        self.note.setText(self.tr("This section is coming soon."))
