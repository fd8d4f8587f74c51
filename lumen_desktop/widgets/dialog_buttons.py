"""The bottom row of a form dialog: its one action, which submits, and Cancel, which closes the dialog.

The action is Qt's OK button (renamed by the dialog: "Place order", "Reject"...) or a push button of the dialog's
own (with an object name the tests find it by). It submits through ``on_submit``: the dialog checks its fields
and stays open until the service answers, so the box never closes the dialog on its own. With
``enter_submits`` the action is the ``intended_default`` Enter presses (a simple dialog: a name, a password).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from .default_buttons import intended_default


class DialogButtons(QDialogButtonBox):
    def __init__(
        self,
        dialog: QDialog,
        on_submit: Callable[[], None],
        action: QPushButton | None = None,
        *,
        enter_submits: bool = False,
    ) -> None:
        if action is None:
            super().__init__(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
            action = self.button(QDialogButtonBox.StandardButton.Ok)
        else:
            super().__init__(QDialogButtonBox.StandardButton.Cancel)
            self.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.action = action
        if enter_submits:
            intended_default(action)
        self.accepted.connect(on_submit)
        self.rejected.connect(dialog.reject)

    @property
    def cancel_button(self) -> QPushButton:
        return self.button(QDialogButtonBox.StandardButton.Cancel)

    def set_texts(self, action: str) -> None:
        """The action's words, and Cancel's, in the current language (the dialog's ``retranslate``)."""
        self.action.setText(action)
        self.cancel_button.setText(QCoreApplication.translate("DialogButtons", "Cancel"))
