"""The sign-in dialog: service address, username, password, Remember me, language, "Request an account".

- ``try_silent_sign_in()`` at start: with "Remember me" and a refresh token in the keyring, signs in without
  asking (the form stays usable if that fails).
- Errors from the service go next to their cause: wrong credentials under the password, an unreachable service
  under the address, too many attempts (429) as a message above the buttons.
- With no usable keyring, "Remember me" is disabled and a note says once that the password will be asked
  each time; nothing is stored anywhere.
- Demo mode (``ctx.demo_users``): the demo accounts are listed; a click fills username and password.
- ``reauth_username``: the session-expired variant — same user, address and username locked.
The dialog emits ``sig_signed_in(me)``; what follows (password change, main window) is ``app.LumenApp``'s job.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..api import ApiClient, ApiError, Me, ServiceUnreachable
from ..context import AppContext, DemoUser
from ..failures import show_failure
from ..i18n import LANGUAGE_NAMES, Retranslating
from ..ops import Op
from ..style import set_role
from ..widgets.demo_users_table import DemoUsersTable
from ..widgets.dialog_buttons import DialogButtons
from ..widgets.field_error import FieldError
from ..widgets.fit import grow_to_fit
from ..widgets.form_rows import add_field_row


def _sign_in(client: ApiClient, username: str, password: str) -> Me:
    client.auth.sign_in(username, password)
    return client.me()


def _resume(client: ApiClient, refresh_token: str) -> Me:
    client.auth.sign_in_with_refresh_token(refresh_token)
    return client.me()


class SignInDialog(Retranslating, QDialog):
    sig_signed_in = Signal(object)
    """Signed in (api.Me); the client now holds the tokens."""
    sig_request_account = Signal()
    """The user asked for the account-request form (another view shows it)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, reauth_username: str | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._reauth = reauth_username is not None
        self.password_used = ""  # what the user typed, for a first-login password change
        self.address = QLineEdit(ctx.client.address or ctx.settings.service_address)
        self.username = QLineEdit(reauth_username or ctx.settings.remembered_username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox()
        self.remember.setChecked(ctx.settings.remember_me)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(ctx.i18n.language))
        self.language.currentIndexChanged.connect(lambda: ctx.i18n.set_language(self.language.currentData()))
        self.address_error, self.username_error, self.password_error = FieldError(), FieldError(), FieldError()
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.hide()
        self.message = FieldError()
        self.request_link = QLabel()
        self.request_link.linkActivated.connect(lambda _link: self.sig_request_account.emit())
        self._labels = {name: QLabel() for name in ("address", "username", "password", "language")}
        self.buttons = DialogButtons(self, self.submit, enter_submits=True)  # Enter in the password signs in
        self.demo_users = DemoUsersTable(ctx.demo_users) if ctx.demo_users else None
        self._demo_title = QLabel()
        self._build_layout()
        if self._reauth:
            self.address.setReadOnly(True)
            self.username.setReadOnly(True)
            self.password.setFocus()
        elif self.username.text():
            self.password.setFocus()
        else:
            self.username.setFocus()  # the first thing to type
        self.retranslate()
        self._check_keyring()

    def _build_layout(self) -> None:
        form = QFormLayout()
        add_field_row(form, self._labels["address"], self.address, self.address_error)
        add_field_row(form, self._labels["username"], self.username, self.username_error)
        add_field_row(form, self._labels["password"], self.password, self.password_error)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)
        form.addRow(self._labels["language"], self.language)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # Wide enough for a full service address and the keyring note on two lines (set on the field, so the
        # dialog itself stays as tall as its layout: see widgets.fit).
        self.address.setMinimumWidth(320)
        if self.demo_users is not None:
            self.demo_users.sig_user_picked.connect(self.fill_demo_user)
            layout.addWidget(self._demo_title)
            layout.addWidget(self.demo_users)
        layout.addWidget(self.message)
        layout.addWidget(self.request_link)
        layout.addWidget(self.buttons)
        self.request_link.setVisible(not self._reauth)

    def retranslate(self) -> None:
        if self._reauth:
            self.setWindowTitle(self.tr("Session expired — sign in again"))
        else:
            self.setWindowTitle(self.tr("Sign in to Lumen"))
        self._labels["address"].setText(self.tr("Service address"))
        self._labels["username"].setText(self.tr("Username"))
        self._labels["password"].setText(self.tr("Password"))
        self._labels["language"].setText(self.tr("Language"))
        self.remember.setText(self.tr("Remember me"))
        self.keyring_note.setText(
            self.tr("No keyring is available on this computer: your password will be asked each time.")
        )
        self.request_link.setText('<a href="#request-account">' + self.tr("Request an account") + "</a>")
        self._demo_title.setText(self.tr("Demo accounts — click one to fill in its username and password:"))
        self.buttons.set_texts(self.tr("Sign in"))
        index = self.language.findData(self._ctx.i18n.language)
        if index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    # --- keyring ------------------------------------------------------------------------------------------------
    def _check_keyring(self) -> None:
        secrets = self._ctx.secrets
        if secrets.available is None:
            Op(self, secrets.probe, self._show_keyring_state).run(pool="store")
        else:
            self._show_keyring_state(secrets.available)

    def _show_keyring_state(self, available: bool) -> None:
        self.remember.setEnabled(available)
        if not available:
            self.remember.setChecked(False)
        self.keyring_note.setVisible(not available)
        grow_to_fit(self)  # the note came after the dialog was sized

    # --- sign-in ------------------------------------------------------------------------------------------------
    def fill_demo_user(self, user: DemoUser) -> None:
        self.username.setText(user.username)
        self.password.setText(user.password)
        self._clear_errors()

    def try_silent_sign_in(self) -> None:
        """Signs in with the remembered refresh token, if any; otherwise leaves the form as it is."""
        settings, secrets = self._ctx.settings, self._ctx.secrets
        username, address = self.username.text().strip(), self.address.text().strip()
        if self._reauth or not settings.remember_me or not username:
            return
        self._ctx.client.address = address
        address = self._ctx.client.address  # normalized, as the keyring key was made at sign-in
        self._set_busy(True, self.tr("Signing in as %1…").replace("%1", username))
        Op(self, lambda: secrets.load_refresh_token(address, username), self._resume_with).on_failure(
            self._silent_failed
        ).run(pool="store")

    def _resume_with(self, token: str | None) -> None:
        if not token:
            self._set_busy(False)
            return
        client = self._ctx.client
        Op(self, lambda: _resume(client, token), self._signed_in).on_failure(self._silent_failed).run()

    def _silent_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, ServiceUnreachable):
            self.address_error.show_message(self._unreachable_text())
        elif isinstance(exc, ApiError):  # the remembered session is no longer valid: forget it
            secrets, address, username = self._ctx.secrets, self._ctx.client.address, self.username.text().strip()
            Op(self, lambda: secrets.delete_refresh_token(address, username)).run(pool="store")
            self.message.show_message(self.tr("Your saved session has ended. Please sign in again."))
        else:
            show_failure(self, exc)

    def submit(self) -> None:
        """The Sign in button: checks the form, then signs in off the GUI thread."""
        self._clear_errors()
        address, username, password = self.address.text().strip(), self.username.text().strip(), self.password.text()
        if not address:
            self.address_error.show_message(self.tr("Enter the address of the Lumen service."))
        if not username:
            self.username_error.show_message(self.tr("Enter your username."))
        if not password:
            self.password_error.show_message(self.tr("Enter your password."))
        if not (address and username and password):
            return
        client = self._ctx.client
        client.address = address
        self.password_used = password
        self._set_busy(True, self.tr("Signing in…"))
        Op(self, lambda: _sign_in(client, username, password), self._signed_in).on_failure(self._failed).run()

    def _signed_in(self, me: Me) -> None:
        settings, secrets, client = self._ctx.settings, self._ctx.secrets, self._ctx.client
        remember = self.remember.isChecked() and self.remember.isEnabled()
        if not self._ctx.demo_users:  # the demo's port changes each run: keep the user's real address
            settings.service_address = client.address
        settings.remembered_username = me.username
        settings.remember_me = remember
        address, tokens = client.address, client.tokens
        if remember and tokens is not None:
            Op(self, lambda: secrets.save_refresh_token(address, me.username, tokens.refresh_token)).run(pool="store")
        elif not remember:
            Op(self, lambda: secrets.delete_refresh_token(address, me.username)).run(pool="store")
        self._set_busy(False)
        self.sig_signed_in.emit(me)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, ServiceUnreachable):
            self.address_error.show_message(self._unreachable_text())
        elif isinstance(exc, ApiError) and exc.status == 429:
            self.message.show_message(self.tr("Too many failed attempts. Wait a few minutes, then try again."))
        elif isinstance(exc, ApiError) and exc.field == "username":
            self.username_error.show_message(exc.message)
        elif isinstance(exc, ApiError) and (exc.code == "invalid_credentials" or exc.field == "password"):
            self.password_error.show_message(exc.message or self.tr("Wrong username or password."))
            self.password.selectAll()
            self.password.setFocus()
        elif isinstance(exc, ApiError):
            self.message.show_message(exc.message)
        else:
            show_failure(self, exc)

    def _unreachable_text(self) -> str:
        return self.tr("The Lumen service at %1 can't be reached. Check the address.").replace(
            "%1", self._ctx.client.address
        )

    def _clear_errors(self) -> None:
        for label in (self.address_error, self.username_error, self.password_error, self.message):
            label.clear_message()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.address, self.username, self.password, self.buttons, self.language):
            widget.setEnabled(not busy)
        if self.demo_users is not None:
            self.demo_users.setEnabled(not busy)
        if busy:
            set_role(self.message, "muted")
            self.message.show_message(text)
        else:
            set_role(self.message, "error")
            self.message.clear_message()
        if self._reauth:
            self.address.setReadOnly(True)
            self.username.setReadOnly(True)
