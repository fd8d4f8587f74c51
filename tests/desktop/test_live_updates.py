"""Live updates instead of polling: with the event stream open the poll timer is off, and what marie does reaches
luc's window (and an open editor) through the stream; when the stream breaks the poll takes over until it is back.
"""

from __future__ import annotations

from lumen_desktop.live_events import LiveEvents

from .approval_steps import luc_sends_his_cart, open_editor
from .helpers import api_as, sign_in_through_the_app, signed_in_ctx

# Far beyond any wait below: a change that shows up came through the event stream, not the poll.
NO_POLL_MS = 3_600_000


def test_lucs_badge_changes_when_marie_decides_with_polling_off(qtbot, make_ctx, fresh_server, memory_keyring):
    sent, _products = luc_sends_his_cart(fresh_server)
    _flow, window = sign_in_through_the_app(qtbot, make_ctx(fresh_server), "luc.gagnon")
    qtbot.waitUntil(lambda: window.live.is_connected, timeout=20_000)
    window.inbox.set_interval_ms(NO_POLL_MS)
    assert not window.inbox.is_polling  # the stream is open: no timer polls
    qtbot.waitUntil(lambda: window.inbox.summary is not None, timeout=20_000)
    assert window.section_title("approvals") == "My requests"

    marie = api_as(fresh_server, "marie.tremblay")
    with qtbot.waitSignal(window.live.sig_event, timeout=10_000) as heard:
        marie.approvals.reject(sent.id, "Not this month")
    marie.close()

    assert heard.args[0].kind == "rejected" and str(heard.args[0].request_id) == sent.id
    qtbot.waitUntil(lambda: window.section_title("approvals") == "My requests (1)", timeout=10_000)
    assert not window.inbox.is_polling


def test_an_open_editor_shows_at_once_that_luc_cancelled(qtbot, make_ctx, fresh_server):
    sent, _products = luc_sends_his_cart(fresh_server)
    ctx = signed_in_ctx(make_ctx, fresh_server, "marie.tremblay")
    live = LiveEvents.of(ctx)
    live.start()  # what the main window does at sign-in
    qtbot.waitUntil(lambda: live.is_connected, timeout=20_000)
    editor = open_editor(qtbot, ctx, sent.id)
    assert editor.ui.approve_button.isEnabled()

    luc = api_as(fresh_server, "luc.gagnon")
    luc.approvals.cancel(sent.id)
    luc.close()

    qtbot.waitUntil(lambda: editor.approval is not None and editor.approval.status == "cancelled", timeout=10_000)
    assert not editor.ui.approve_button.isEnabled() and not editor.ui.reject_button.isEnabled()
    live.stop()


def test_when_the_stream_breaks_the_poll_takes_over_until_it_is_back(qtbot, make_ctx, fresh_server, memory_keyring):
    _flow, window = sign_in_through_the_app(qtbot, make_ctx(fresh_server), "marie.tremblay")
    qtbot.waitUntil(lambda: window.live.is_connected, timeout=20_000)
    assert not window.inbox.is_polling

    with qtbot.waitSignal(window.live.sig_disconnected, timeout=20_000):
        fresh_server.stop()
    assert window.inbox.is_polling

    with qtbot.waitSignal(window.live.sig_connected, timeout=60_000):
        fresh_server.start()
    assert not window.inbox.is_polling
