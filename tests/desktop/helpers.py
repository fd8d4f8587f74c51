"""User-story steps shared by the desktop tests (they drive the real widgets, like a user would)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QLineEdit, QWidget

from lumen_desktop.app import LumenApp
from lumen_desktop.context import AppContext
from lumen_desktop.views.main_window import MainWindow
from lumen_desktop.views.sign_in import SignInDialog

W = TypeVar("W", bound=QWidget)


def click_sign_in(qtbot, dialog: SignInDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def type_credentials(qtbot, dialog: SignInDialog, username: str, password: str | None = None) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password if password is not None else f"demo-{username}")


def sign_in_on_the_dialog(qtbot, flow: LumenApp, username: str) -> MainWindow:
    """Types ``username``'s demo credentials in the flow's sign-in dialog and signs in; answers the main window."""
    dialog = flow.sign_in_dialog
    assert dialog is not None
    type_credentials(qtbot, dialog, username)
    with qtbot.waitSignal(flow.sig_main_window_shown, timeout=20_000) as shown:
        click_sign_in(qtbot, dialog)
    window: MainWindow = shown.args[0]
    qtbot.addWidget(window)
    return window


def sign_in_through_the_app(qtbot, ctx: AppContext, username: str) -> tuple[LumenApp, MainWindow]:
    """Starts the app's flow, signs ``username`` in through the dialog, answers the main window."""
    flow = LumenApp(ctx, quit_when_cancelled=False)
    flow.start(silent=False)
    return flow, sign_in_on_the_dialog(qtbot, flow, username)


def open_section_as(qtbot, ctx: AppContext, username: str, key: str) -> tuple[LumenApp, MainWindow, QWidget]:
    """``username`` signs in through the app and opens the section ``key``; answers the flow, the window and the
    section's page."""
    flow, window = sign_in_through_the_app(qtbot, ctx, username)
    window.select_section(key)
    return flow, window, window.current_page()


def sign_out(qtbot, window: MainWindow) -> None:
    """Signs out from the window's menu and waits for the window to be gone (the sign-in dialog is back)."""
    with qtbot.waitSignal(window.destroyed, timeout=10_000):
        window.sign_out_action.trigger()


def signed_in_ctx(make_ctx, server, username: str, language: str = "en") -> AppContext:
    """A context signed in as ``username``, in ``language``, without the dialog (the sign-in tests cover it): for a
    view the test shows on its own, or a second window."""
    ctx = make_ctx(server, language)
    ctx.client.auth.sign_in(username, f"demo-{username}")
    ctx.set_me(ctx.client.me())
    return ctx


def shown_once_loaded(qtbot, widget: W, loaded: Callable[[W], bool]) -> W:
    """Shows ``widget`` as the test's own window and waits until ``loaded(widget)`` (its first load came in)."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: loaded(widget), timeout=20_000)
    return widget


def visible_texts(root: QWidget) -> list[str]:
    """Every text a user can read in ``root``: labels, buttons, entries and tooltips."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
    return [text for text in texts if text]
