"""What a reviewer checks in the first minute: whose window it is, Help → About, where the typing starts."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from lumen_desktop.app import LumenApp

from .helpers import sign_in_through_the_app


def test_the_title_says_who_for_which_customer_and_on_which_service(qtbot, make_ctx, live_server, memory_keyring):
    ctx = make_ctx(live_server)
    _flow, window = sign_in_through_the_app(qtbot, ctx, "luc.gagnon")
    title = window.windowTitle()
    host = QUrl(live_server.address).authority()
    assert "Luc Gagnon" in title and "luc.gagnon" in title and "Électricité Gagnon" in title and host in title


def test_help_about_names_the_version_the_service_and_the_licences(qtbot, make_ctx, live_server, memory_keyring):
    ctx = make_ctx(live_server)
    _flow, window = sign_in_through_the_app(qtbot, ctx, "marie.tremblay")
    assert window.help_menu.title() == "&Help"
    window.about_action.trigger()
    box = window.about_box
    assert box is not None and box.isVisible()
    text = box.text()
    assert "0.1.0" in text and live_server.address in text and "LGPL" in text and "PySide6" in text
    box.close()


def test_typing_starts_in_the_username_at_sign_in(qtbot, make_ctx, live_server):
    flow = LumenApp(make_ctx(live_server), quit_when_cancelled=False)
    flow.start(silent=False)
    dialog = flow.sign_in_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    assert dialog.focusWidget() is dialog.username
    dialog.close()
