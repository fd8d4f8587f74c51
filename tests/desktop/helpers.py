"""User-story steps shared by the desktop tests (they drive the real widgets, like a user would)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QLineEdit, QWidget

from lumen_desktop.app import LumenApp
from lumen_desktop.context import AppContext
from lumen_desktop.views.main_window import MainWindow
from lumen_desktop.views.sign_in import SignInDialog


def click_sign_in(qtbot, dialog: SignInDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def type_credentials(qtbot, dialog: SignInDialog, username: str, password: str | None = None) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password if password is not None else f"demo-{username}")


def sign_in_through_the_app(qtbot, ctx: AppContext, username: str) -> tuple[LumenApp, MainWindow]:
    """Starts the app's flow, signs ``username`` in through the dialog, answers the main window."""
    flow = LumenApp(ctx, quit_when_cancelled=False)
    flow.start(silent=False)
    dialog = flow.sign_in_dialog
    assert dialog is not None
    type_credentials(qtbot, dialog, username)
    with qtbot.waitSignal(flow.sig_main_window_shown, timeout=20_000) as shown:
        click_sign_in(qtbot, dialog)
    window: MainWindow = shown.args[0]
    qtbot.addWidget(window)
    return flow, window


def visible_texts(root: QWidget) -> list[str]:
    """Every text a user can read in ``root``: labels, buttons, entries and tooltips."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
    return [text for text in texts if text]
