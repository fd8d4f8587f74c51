"""A new account's first sign-in: the app asks for a new password before anything else."""

from __future__ import annotations

import email
import re
from email import policy
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from lumen_desktop.api import ApiClient
from lumen_desktop.app import LumenApp

from .helpers import click_sign_in, type_credentials


def one_time_password(outbox: Path, username: str) -> str:
    for path in sorted(outbox.glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        body = message.get_body(preferencelist=("plain",))
        text = body.get_content() if body is not None else ""
        if username in text:
            found = re.search(r"^(?:Password|Mot de passe)\s?: (\S+)\s*$", text, re.MULTILINE)
            if found:
                return found.group(1)
    raise AssertionError(f"no credentials e-mail for {username} in {outbox}")


def create_account(server) -> tuple[str, str]:
    """An account request approved by staff, as the service's e-mail gives it: (username, one-time password)."""
    client = ApiClient(server.address, language="en")
    client.account_requests.submit(
        customer_number="100234",
        first_name="Nadia",
        last_name="Côté",
        email="nadia.cote@example.com",
        language="en",
        permission="place_orders",
        can_see_prices=True,
    )
    client.auth.sign_in("ecomm", "demo-ecomm")
    request = next(r for r in client.account_requests.list() if r.email == "nadia.cote@example.com")
    username = client.account_requests.approve(request.id)
    client.close()
    return username, one_time_password(server.outbox_dir, username)


class WindowlessMoments(QObject):
    """Counts the moments a window hides while no other window is shown: Qt quits the app right then when it
    quits on its last window closed (exit code 0, no message: what new accounts saw)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.isWindow():
            others = [w for w in QApplication.topLevelWidgets() if w is not watched and w.isVisible()]
            if not others:
                self.count += 1
        return False

    def stop(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self)


def test_a_new_account_chooses_its_password_before_anything_else(qtbot, make_ctx, fresh_server, memory_keyring):
    username, password = create_account(fresh_server)
    ctx = make_ctx(fresh_server)
    flow = LumenApp(ctx, quit_when_cancelled=False)
    quits: list[bool] = []
    flow.sig_quitting.connect(lambda: quits.append(True))
    flow.start(silent=False)
    gaps = WindowlessMoments()
    assert flow.sign_in_dialog is not None
    type_credentials(qtbot, flow.sign_in_dialog, username, password)
    click_sign_in(qtbot, flow.sign_in_dialog)
    qtbot.waitUntil(lambda: flow.password_dialog is not None and flow.password_dialog.isVisible(), timeout=20_000)
    assert flow.window is None
    dialog = flow.password_dialog
    assert dialog is not None and dialog.current.text() == password

    qtbot.keyClicks(dialog.new, "short")
    qtbot.keyClicks(dialog.confirm, "short")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.new_error.isVisible()

    for field in (dialog.new, dialog.confirm):
        field.clear()
        qtbot.keyClicks(field, "a-much-longer-password")
    with qtbot.waitSignal(flow.sig_main_window_shown, timeout=20_000) as shown:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    window = shown.args[0]
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    gaps.stop()
    assert ctx.me is not None and not ctx.me.must_change_password
    assert "catalog" in window.section_keys()
    # The app carries on: a window was shown at every moment, and nothing asked to quit.
    assert window.isVisible() and gaps.count == 0 and quits == []
    assert not QApplication.quitOnLastWindowClosed()

    # Quitting is still the user's: closing the main window ends the app.
    window.quit_action.trigger()
    assert not window.isVisible() and quits == [True]
