"""The app's flow between windows: sign-in → (first-login password change) → main window, sign-out, and the
session-expired path (ask to sign in again over the main window, then carry on where the user was).

``LumenApp(ctx).start()`` is all ``__main__`` does after setting up; tests drive it the same way.
The sign-in dialog's "Request an account" link opens ``views.accounts.request_account.RequestAccountDialog``
over it (no sign-in needed), with the service address typed in the sign-in dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from .api import Me
from .context import AppContext
from .ops import Op
from .views.accounts.request_account import RequestAccountDialog
from .views.change_password import ChangePasswordDialog
from .views.sign_in import SignInDialog
from .warm_imports import WarmImports
from .widgets import default_buttons

if TYPE_CHECKING:
    from .views.main_window import MainWindow

# What the main window needs (its first section, the catalog, with the local store's ORM): imported while the
# sign-in dialog is up and the sign-in is on the network, not before the dialog can show.
MAIN_WINDOW_MODULES = ("lumen_desktop.views.main_window", "lumen_desktop.views.catalog")


class LumenApp(QObject):
    sig_request_account = Signal()
    """The user asked to request an account from the sign-in dialog."""
    sig_main_window_shown = Signal(object)
    """The main window (views.main_window.MainWindow) is shown for a signed-in user."""
    sig_quitting = Signal()
    """The flow is over (sign-in cancelled, main window closed): the app quits."""

    def __init__(self, ctx: AppContext, quit_when_cancelled: bool = True) -> None:
        super().__init__(ctx)
        # The flow decides when the app ends, not Qt: between two windows (the password dialog closing, the main
        # window not yet shown while ``/me`` answers) no window is visible, and Qt would quit then with code 0.
        QApplication.setQuitOnLastWindowClosed(False)
        app = QApplication.instance()
        if app is not None:
            default_buttons.install(app)  # Enter in a text field never presses a stray button
        self._ctx = ctx
        self._quit_when_cancelled = quit_when_cancelled
        self.window: MainWindow | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.reauth_dialog: SignInDialog | None = None
        self.request_account_dialog: RequestAccountDialog | None = None
        self.warm_up: WarmImports | None = None
        ctx.sig_session_expired.connect(self._ask_to_sign_in_again)

    def start(self, silent: bool = True) -> None:
        """Opens the sign-in dialog, first trying the remembered session when ``silent``."""
        dialog = SignInDialog(self._ctx)
        dialog.sig_signed_in.connect(lambda me: self._signed_in(me, dialog.password_used))
        dialog.sig_request_account.connect(self.sig_request_account)
        dialog.sig_request_account.connect(lambda: self._request_account(dialog))
        dialog.rejected.connect(self._cancelled)
        self.sign_in_dialog = dialog
        dialog.show()
        self.warm_up = WarmImports(MAIN_WINDOW_MODULES, self)
        if silent:
            dialog.try_silent_sign_in()

    def _request_account(self, sign_in: SignInDialog) -> None:
        """Opens the account-request form over the sign-in dialog, for the service address typed there."""
        if self.request_account_dialog is not None:
            self.request_account_dialog.raise_()
            return
        dialog = RequestAccountDialog(self._ctx, address=sign_in.address.text().strip(), parent=sign_in)
        dialog.finished.connect(lambda _result: setattr(self, "request_account_dialog", None))
        self.request_account_dialog = dialog
        dialog.open()

    def _cancelled(self) -> None:
        if self.window is None:
            self.quit()

    def quit(self) -> None:
        """Ends the app (in tests, only says so through ``sig_quitting``)."""
        self.sig_quitting.emit()
        if self._quit_when_cancelled:
            QApplication.quit()

    def request_quit(self) -> None:
        """Ctrl+C or SIGTERM: closes as File → Quit would (unsaved work asks first), or ends at sign-in."""
        if self.window is None:
            self.quit()
        else:
            self.window.request_quit()

    def _main_window_closed(self, window: object) -> None:
        if window is self.window:  # not signing out (``sign_out`` forgets the window before closing it)
            self.quit()

    def _signed_in(self, me: Me, password_used: str) -> None:
        if not me.must_change_password:
            self._enter(me)
            return
        dialog = ChangePasswordDialog(self._ctx, current_password=password_used)
        client = self._ctx.client
        dialog.sig_password_changed.connect(
            lambda: Op(self, client.me, self._entered_after_change).on_failure(lambda _exc: self.sign_out()).run()
        )
        dialog.rejected.connect(self.sign_out)
        self.password_dialog = dialog
        dialog.show()

    def _entered_after_change(self, me: Me) -> None:
        self._enter(me)
        if self.password_dialog is not None:
            dialog, self.password_dialog = self.password_dialog, None
            dialog.rejected.disconnect()
            dialog.done_changing()
            dialog.deleteLater()

    def _enter(self, me: Me) -> None:
        self._ctx.set_me(me)
        if self.window is None:
            from .views.main_window import MainWindow  # warmed up while the sign-in dialog was shown

            window = MainWindow(self._ctx)
            window.sig_sign_out_requested.connect(self.sign_out)
            window.sig_closed.connect(self._main_window_closed)
            self.window = window
        self.window.show()
        self.sig_main_window_shown.emit(self.window)

    def _ask_to_sign_in_again(self) -> None:
        me = self._ctx.me
        if me is None or self.reauth_dialog is not None:
            return
        dialog = SignInDialog(self._ctx, self.window, reauth_username=me.username)
        dialog.sig_signed_in.connect(self._ctx.set_me)  # same user: the window simply carries on
        dialog.rejected.connect(self.sign_out)
        dialog.finished.connect(lambda _result: setattr(self, "reauth_dialog", None))
        self.reauth_dialog = dialog
        dialog.open()

    def sign_out(self) -> None:
        """Revokes the session on the service (in the background), forgets it locally, back to sign-in.

        First the main window's open dialogs are closed as the user would close them: one holding unsaved work
        (a request editor) asks what to do and refuses, and then nobody is signed out — nothing is lost."""
        if self.window is not None and not self.window.close_dialogs(keep=self.reauth_dialog, then=self.sign_out):
            return
        ctx = self._ctx
        client, secrets, address = ctx.client, ctx.secrets, ctx.client.address
        username = ctx.me.username if ctx.me else ctx.settings.remembered_username
        ctx.settings.remember_me = False
        tokens = client.tokens
        client.set_tokens(None)  # now, on this thread: a sign-in that follows keeps its own tokens
        if tokens is not None:
            Op(None, lambda: client.auth.revoke(tokens)).run()
        if username:
            Op(None, lambda: secrets.delete_refresh_token(address, username)).run(pool="store")
        ctx.set_me(None)
        if self.window is not None:
            window, self.window = self.window, None
            window.close()
            window.deleteLater()
        self.start(silent=False)
