"""Signing in: errors next to their cause, demo accounts, Remember me with and without a keyring."""

from __future__ import annotations

import pytest

from lumen_desktop.api import ApiClient, ApiError
from lumen_desktop.demo_users import DEMO_USERS
from lumen_desktop.secrets import SERVICE_NAME
from lumen_desktop.views.sign_in import SignInDialog

from .helpers import click_sign_in, type_credentials


def open_dialog(qtbot, ctx) -> SignInDialog:
    dialog = SignInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_wrong_password_is_explained_under_the_password_then_the_right_one_signs_in(
    qtbot, make_ctx, live_server, memory_keyring
) -> None:
    dialog = open_dialog(qtbot, make_ctx(live_server))
    type_credentials(qtbot, dialog, "marie.tremblay", "not-her-password")
    click_sign_in(qtbot, dialog)
    qtbot.waitUntil(dialog.password_error.isVisible, timeout=20_000)
    assert dialog.password_error.text()
    assert not dialog.username_error.isVisible() and dialog.isVisible()

    type_credentials(qtbot, dialog, "marie.tremblay")
    with qtbot.waitSignal(dialog.sig_signed_in, timeout=20_000) as signed_in:
        click_sign_in(qtbot, dialog)
    assert signed_in.args[0].username == "marie.tremblay"
    assert not dialog.isVisible()


def test_an_unreachable_service_is_explained_under_the_address(qtbot, make_ctx, memory_keyring) -> None:
    ctx = make_ctx()
    ctx.client.address = "http://127.0.0.1:9"  # the discard port: nothing answers
    dialog = open_dialog(qtbot, ctx)
    type_credentials(qtbot, dialog, "marie.tremblay")
    click_sign_in(qtbot, dialog)
    qtbot.waitUntil(dialog.address_error.isVisible, timeout=20_000)
    assert "127.0.0.1:9" in dialog.address_error.text()


def test_a_demo_user_is_picked_from_the_list(qtbot, make_ctx, live_server, memory_keyring) -> None:
    ctx = make_ctx(live_server)
    ctx.demo_users = list(DEMO_USERS)
    dialog = open_dialog(qtbot, ctx)
    assert dialog.demo_users is not None and dialog.demo_users.rowCount() == len(DEMO_USERS)
    dialog.demo_users.pick("luc.gagnon")
    assert dialog.username.text() == "luc.gagnon"
    assert dialog.password.text() == "demo-luc.gagnon"
    with qtbot.waitSignal(dialog.sig_signed_in, timeout=20_000) as signed_in:
        click_sign_in(qtbot, dialog)
    assert signed_in.args[0].username == "luc.gagnon"


def test_request_an_account_is_offered_to_whoever_has_none(qtbot, make_ctx, memory_keyring) -> None:
    dialog = open_dialog(qtbot, make_ctx())
    assert "Request an account" in dialog.request_link.text()
    with qtbot.waitSignal(dialog.sig_request_account):
        dialog.request_link.linkActivated.emit("#request-account")


def test_remember_me_signs_in_silently_at_the_next_start(qtbot, make_ctx, live_server, memory_keyring) -> None:
    ctx = make_ctx(live_server)
    dialog = open_dialog(qtbot, ctx)
    qtbot.waitUntil(dialog.remember.isEnabled)
    dialog.remember.setChecked(True)
    type_credentials(qtbot, dialog, "jean.dupuis")
    with qtbot.waitSignal(dialog.sig_signed_in, timeout=20_000):
        click_sign_in(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(memory_keyring.secrets))
    assert list(memory_keyring.secrets) == [(SERVICE_NAME, f"jean.dupuis@{live_server.address}")]

    next_start = make_ctx(live_server)  # a new client without tokens, same settings
    assert not next_start.client.is_signed_in
    dialog = open_dialog(qtbot, next_start)
    assert dialog.username.text() == "jean.dupuis"
    with qtbot.waitSignal(dialog.sig_signed_in, timeout=20_000) as signed_in:
        dialog.try_silent_sign_in()
    assert signed_in.args[0].username == "jean.dupuis"


def test_without_a_keyring_the_app_says_so_and_stores_nothing(
    qtbot, make_ctx, live_server, no_keyring, settings
) -> None:
    settings.remember_me = True
    ctx = make_ctx(live_server)
    dialog = open_dialog(qtbot, ctx)
    qtbot.waitUntil(dialog.keyring_note.isVisible)
    assert "password" in dialog.keyring_note.text()
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    type_credentials(qtbot, dialog, "jean.dupuis")
    with qtbot.waitSignal(dialog.sig_signed_in, timeout=20_000):
        click_sign_in(qtbot, dialog)
    tokens = ctx.client.tokens
    assert tokens is not None
    settings.sync()
    with open(settings.file_name, encoding="utf-8") as stored:
        content = stored.read()
    assert tokens.refresh_token not in content and tokens.access_token not in content
    assert not settings.remember_me


def test_too_many_attempts_get_a_clear_message(qtbot, make_ctx, fresh_server, memory_keyring) -> None:
    client = ApiClient(fresh_server.address, language="en", retries=0)
    for _attempt in range(30):
        try:
            client.auth.sign_in("paul.bergeron", "wrong-password")
        except ApiError as refused:
            if refused.status == 429:
                break
    else:
        pytest.fail("the service never rate-limited repeated failures")
    dialog = open_dialog(qtbot, make_ctx(fresh_server))
    type_credentials(qtbot, dialog, "paul.bergeron", "wrong-password")
    click_sign_in(qtbot, dialog)
    qtbot.waitUntil(lambda: "Too many" in dialog.message.text(), timeout=20_000)
    assert dialog.isVisible() and not dialog.password_error.isVisible()
