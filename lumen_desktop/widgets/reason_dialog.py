"""The layout of a "Reject…" dialog: a sentence saying who receives the reason, the reason itself, its error
under it and the Reject / Cancel buttons. An approval request's and an account request's rejection both use it;
each subclass words it (``retranslate``), checks the reason and sends it (``submit``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from .dialog_buttons import DialogButtons
from .field_error import FieldError


class ReasonDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.intro.setBuddy(self.reason)
        self.reason_error = FieldError()
        self.buttons = DialogButtons(self, self.submit)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(440)  # the reason is a few sentences: room for them
        layout.addWidget(self.intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_error)
        layout.addWidget(self.buttons)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def submit(self) -> None:
        raise NotImplementedError
