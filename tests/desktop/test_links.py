"""One click from the e-mail: ``lumen://approvals/<id>`` opens the request in the app that is already running
(a second ``lumen-desktop`` hands the link over and exits), after sign-in if nobody is signed in yet; a request the
person may not see opens nothing and says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from lumen_desktop.links import LinkOpener, parse_link, register_url_scheme
from lumen_desktop.single_instance import InstanceServer, hand_over, server_name
from lumen_desktop.views.approvals import ApprovalInboxView, MyRequestsView

from .approval_steps import luc_sends_his_cart
from .helpers import click_sign_in, shown_page, sign_in_through_the_app, type_credentials

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "approval_id"),
    [
        ("lumen://approvals/17", "17"),
        ("LUMEN://Approvals/17/", "17"),
        ("lumen:approvals/0042", "42"),
        ("lumen:///approvals/5", "5"),
        ("lumen://approvals/", None),
        ("lumen://approvals/17x", None),
        ("lumen://orders/17", None),
        ("https://lumen.ca/approvals/17", None),
    ],
)
def test_links_are_read_as_the_mail_writes_them(text, approval_id):
    link = parse_link(text)
    assert (link.approval_id if link else None) == approval_id


def test_the_instance_name_is_per_person_and_per_service():
    assert server_name("http://127.0.0.1:8765") == server_name("127.0.0.1:8765/")
    assert server_name("http://127.0.0.1:8765") != server_name("http://127.0.0.1:8766")


def test_a_second_lumen_desktop_hands_maries_link_to_the_running_window(
    qtbot, make_ctx, fresh_server, memory_keyring, tmp_path
):
    sent, _products = luc_sends_his_cart(fresh_server)
    ctx = make_ctx(fresh_server)
    flow, window = sign_in_through_the_app(qtbot, ctx, "marie.tremblay")
    instance = InstanceServer(flow)
    assert instance.listen(server_name(fresh_server.address))
    opener = LinkOpener(ctx, flow)
    instance.sig_message.connect(opener.open)

    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "second-config"),  # its settings, not the tester's
        "XDG_DATA_HOME": str(tmp_path / "second-data"),
    }
    command = [sys.executable, "-m", "lumen_desktop", "--service", fresh_server.address, f"lumen://approvals/{sent.id}"]
    with qtbot.waitSignal(opener.sig_opened, timeout=60_000) as opened:
        second = subprocess.Popen(command, env=env, cwd=REPO)
    assert second.wait(timeout=60) == 0  # handed over, and gone

    editor = opened.args[0]
    assert editor is shown_page(window, ApprovalInboxView).editors[sent.id]
    qtbot.waitUntil(lambda: editor.approval is not None, timeout=20_000)
    assert editor.approval is not None and editor.approval.requester is not None
    assert editor.approval.requester.full_name == "Luc Gagnon"
    assert window.current_section_key() == "approvals"
    instance.close()


def test_a_link_given_before_sign_in_opens_once_signed_in(qtbot, make_ctx, fresh_server, memory_keyring):
    sent, _products = luc_sends_his_cart(fresh_server)
    ctx = make_ctx(fresh_server)
    from lumen_desktop.app import LumenApp

    flow = LumenApp(ctx, quit_when_cancelled=False)
    opener = LinkOpener(ctx, flow)
    flow.start(silent=False)
    opener.open(f"lumen://approvals/{sent.id}")  # nothing to open it in yet
    dialog = flow.sign_in_dialog
    assert dialog is not None and dialog.isVisible()

    type_credentials(qtbot, dialog, "luc.gagnon")
    with qtbot.waitSignal(opener.sig_opened, timeout=30_000) as opened:
        click_sign_in(qtbot, dialog)
    assert flow.window is not None
    qtbot.addWidget(flow.window)
    page = opened.args[0]
    assert isinstance(page, MyRequestsView)  # luc sent it: his "My requests", the request selected
    qtbot.waitUntil(lambda: (selected := page.selected()) is not None and selected.id == sent.id, timeout=20_000)


def test_a_request_someone_may_not_see_opens_nothing_and_says_so(qtbot, make_ctx, fresh_server, memory_keyring):
    sent, _products = luc_sends_his_cart(fresh_server)
    ctx = make_ctx(fresh_server)
    flow, _window = sign_in_through_the_app(qtbot, ctx, "paul.bergeron")  # another customer
    opener = LinkOpener(ctx, flow)
    with qtbot.waitSignal(opener.sig_refused, timeout=20_000) as refused:
        opener.open(f"lumen://approvals/{sent.id}")
    assert refused.args[0] == (
        "This request can't be opened: it does not exist, or it was neither sent by you nor addressed to you. "
        f"(Link: lumen://approvals/{sent.id})"
    )
    assert opener.message_box is not None and opener.message_box.isVisible()
    assert opener.message_box.text() == refused.args[0]
    opener.message_box.close()


def test_nobody_listening_means_this_launch_is_the_first(qtbot):
    assert not hand_over(server_name("http://127.0.0.1:9"), "lumen://approvals/1", timeout_ms=500)


def test_windows_registers_the_lumen_scheme_for_the_user(tmp_path):
    store = QSettings(str(tmp_path / "registry.ini"), QSettings.Format.IniFormat)
    register_url_scheme(store, command='"C:\\Lumen\\LumenDesktop.exe" "%1"')
    again = QSettings(str(tmp_path / "registry.ini"), QSettings.Format.IniFormat)
    assert again.value("URL Protocol") == ""
    assert again.value("Default") == "URL:Lumen Desktop"
    assert again.value("shell/open/command/Default") == '"C:\\Lumen\\LumenDesktop.exe" "%1"'


def test_the_freedesktop_entry_hands_lumen_links_to_lumen_desktop():
    import configparser

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # configparser's way to keep keys' case
    entry.read(REPO / "resources" / "lumen-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert "x-scheme-handler/lumen" in desktop["MimeType"].split(";")
    assert desktop["Exec"] == "lumen-desktop %u"  # the link is the argument, as the app reads it
    assert desktop["Type"] == "Application"
