"""The password change asked at the first sign-in of an account created from a request
(``me.must_change_password``; until then the service refuses everything with ``password_change_required``).

Checks locally what the contract states (10+ characters, not the current one, typed twice alike), then
``POST /auth/password``; the service's refusals go under the field they name. Emits ``sig_password_changed``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ..context import AppContext
from ..i18n import Retranslating
from ..ops import Op
from ..widgets.form_dialog import FormDialog

MIN_LENGTH = 10


class ChangePasswordDialog(Retranslating, FormDialog):
    sig_password_changed = Signal()
    """The service accepted the new password; the dialog stays shown until its owner calls ``done_changing()``
    (closing it first would leave no window at all for a moment, and Qt would quit the app)."""

    def __init__(self, ctx: AppContext, current_password: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, enter_submits=True)
        self._ctx = ctx
        self.current = QLineEdit(current_password)
        self.new = QLineEdit()
        self.confirm = QLineEdit()
        for field in (self.current, self.new, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.progress = QLabel()
        self.progress.hide()
        self.current_error = self.add_field("current_password", self.current)
        self.new_error = self.add_field("new_password", self.new)
        self.confirm_error = self.add_field("new_password_again", self.confirm)
        self.lay_out(self.progress)
        (self.new if current_password else self.current).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.set_texts(
            title=self.tr("Choose a new password"),
            intro=self.tr(
                "This is your first sign-in: choose your own password before going on. It needs at least %1 characters."
            ).replace("%1", str(MIN_LENGTH)),
            captions={
                "current_password": self.tr("Current password"),
                "new_password": self.tr("New password"),
                "new_password_again": self.tr("New password again"),
            },
            action=self.tr("Change password"),
        )

    def submit(self) -> None:
        self.clear_errors()
        current, new = self.current.text(), self.new.text()
        if not current:
            self.current_error.show_message(self.tr("Enter your current password."))
        elif len(new) < MIN_LENGTH:
            self.new_error.show_message(
                self.tr("The new password needs at least %1 characters.").replace("%1", str(MIN_LENGTH))
            )
        elif new == current:
            self.new_error.show_message(self.tr("The new password must differ from the current one."))
        elif new != self.confirm.text():
            self.confirm_error.show_message(self.tr("The two new passwords differ."))
        else:
            client = self._ctx.client
            self.buttons.setEnabled(False)
            Op(self, lambda: client.auth.change_password(current, new), self._changed).on_failure(self._failed).run()

    def _changed(self, _result: object) -> None:
        self.progress.setText(self.tr("Password changed. Opening Lumen…"))
        self.progress.show()
        self.sig_password_changed.emit()

    def done_changing(self) -> None:
        """The next window is shown: this dialog can go."""
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.say_failure(exc, unreachable=self.tr("The Lumen service can't be reached. Try again in a moment."))
