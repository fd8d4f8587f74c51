"""User-story steps shared by the desktop tests (they drive the real widgets, like a user would)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QLineEdit, QWidget

from lumen_desktop.api import ApiClient
from lumen_desktop.app import LumenApp
from lumen_desktop.context import AppContext
from lumen_desktop.sections import section
from lumen_desktop.views.main_window import MainWindow
from lumen_desktop.views.sign_in import SignInDialog
from lumen_server.testing import LiveServer

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


def shown_page(window: MainWindow, kind: type[W]) -> W:
    """The section page the window shows, which the test's story says is a ``kind`` (a CartView...)."""
    page = window.current_page()
    assert isinstance(page, kind), f"the window shows {page!r}, not a {kind.__name__}"
    return page


def open_section_as(qtbot, ctx: AppContext, username: str, key: str, kind: type[W]) -> tuple[LumenApp, MainWindow, W]:
    """``username`` signs in through the app and opens the section ``key``; answers the flow, the window and the
    section's page (a ``kind``)."""
    flow, window = sign_in_through_the_app(qtbot, ctx, username)
    window.select_section(key)
    return flow, window, shown_page(window, kind)


def section_page(qtbot, ctx: AppContext, key: str, kind: type[W]) -> W:
    """Section ``key``'s page built from its factory for ``ctx``, without a window; the test's story says it is
    a ``kind``."""
    factory = section(key).factory
    assert factory is not None, f"the {key} section is built in one step"
    page = factory(ctx)
    qtbot.addWidget(page)
    assert isinstance(page, kind)
    return page


def sign_out(qtbot, window: MainWindow) -> None:
    """Signs out from the window's menu and waits for the window to be gone (the sign-in dialog is back)."""
    with qtbot.waitSignal(window.destroyed, timeout=10_000):
        window.sign_out_action.trigger()


def api_as(server: LiveServer, username: str, language: str = "en") -> ApiClient:
    """An API client signed in as ``username``, for test setup and checks (the test's own, not the app's)."""
    client = ApiClient(server.address, language=language)
    client.auth.sign_in(username, f"demo-{username}")
    return client


def signed_in_ctx(
    make_ctx: Callable[..., AppContext], server: LiveServer, username: str, language: str = "en"
) -> AppContext:
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
