"""What a dialog built around one action has: a sentence saying what it does (``intro``), the action / Cancel
buttons (``DialogButtons``) that submit through ``submit``, and its words written in one call (``set_texts``, from
the dialog's ``retranslate``). ``FormDialog`` (a few fields) and ``ReasonDialog`` (a rejection's reason) are ones.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from .dialog_buttons import DialogButtons


class ActionDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, enter_submits: bool = False, action: QPushButton | None = None
    ) -> None:
        """``action``: the dialog's own action button (see ``DialogButtons``), Qt's OK by default."""
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.buttons = DialogButtons(self, self.submit, action, enter_submits=enter_submits)

    def set_texts(self, *, title: str, intro: str = "", action: str) -> None:
        """The dialog's words in the current language: its title, the sentence saying what it does, the action."""
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.buttons.set_texts(action)

    def submit(self) -> None:
        raise NotImplementedError
