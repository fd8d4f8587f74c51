"""Approval news without refreshing: the ETag poller, the notification rules, and the tray notifier."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from lumen_desktop import ops
from lumen_desktop.api import Order
from lumen_desktop.notifications import InboxPoller, NoticeKind, NotificationRules, TrayNotifier
from lumen_desktop.views.approvals import MyRequestsView

from .approval_steps import luc_sends_his_cart
from .helpers import api_as, signed_in_ctx


def test_the_rules_announce_a_new_request_and_a_decision_from_real_summaries(make_ctx, fresh_server) -> None:
    make_ctx(fresh_server)  # the English translations, as in the app
    rules = NotificationRules()
    marie, luc = api_as(fresh_server, "marie.tremblay"), api_as(fresh_server, "luc.gagnon")
    marie_before, luc_before = marie.inbox.summary(), luc.inbox.summary()
    assert marie_before is not None and luc_before is not None  # asked without an etag: always an answer
    assert rules.notices(None, marie_before) == []  # at sign-in the badge speaks; nothing to interrupt for

    sent, _products = luc_sends_his_cart(fresh_server)
    marie_after = marie.inbox.summary(marie_before.etag)
    assert marie_after is not None and marie_after.pending_for_me == marie_before.pending_for_me + 1
    [notice] = rules.notices(marie_before, marie_after)
    assert notice.kind is NoticeKind.NEW_REQUEST
    assert notice.message == "1 new request awaits your approval."
    assert marie.inbox.summary(marie_after.etag) is None  # 304: nothing new, nothing said

    order = marie.approvals.approve(sent.id, {"method": "delivery"}, idempotency_key="notice-test-1")
    assert isinstance(order, Order)  # one approval places luc's everyday cart
    luc_after = luc.inbox.summary(luc_before.etag)
    assert luc_after is not None and luc_after.my_decided_since_last_seen == 1
    [decided] = rules.notices(luc_before, luc_after)
    assert decided.kind is NoticeKind.DECIDED
    [approved] = rules.decision_notices(luc.approvals.list("requester"), 1)
    assert approved.kind is NoticeKind.APPROVED and approved.approval_id == sent.id
    assert approved.message == f"Your request was approved: order {order.number}."

    second, _products = luc_sends_his_cart(fresh_server, note="Second try")
    marie.approvals.reject(second.id, "Wrong brand")
    [rejected, older] = rules.decision_notices(luc.approvals.list("requester"), 2)
    assert rejected.kind is NoticeKind.REJECTED and rejected.message == "Your request was rejected: Wrong brand"
    assert older.kind is NoticeKind.APPROVED
    assert rules.notices(luc_after, luc_after) == []


def test_the_poller_speaks_only_for_a_new_etag_and_polls_when_the_app_is_activated(
    qtbot, make_ctx, fresh_server
) -> None:
    ctx = signed_in_ctx(make_ctx, fresh_server, "marie.tremblay")
    poller = InboxPoller.of(ctx)
    assert InboxPoller.of(ctx) is poller
    with qtbot.waitSignal(poller.sig_summary_changed, timeout=20_000) as first:
        poller.start()
    assert first.args[0].pending_for_me == 0

    with qtbot.assertNotEmitted(poller.sig_summary_changed):
        poller.poll_now()
        qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=20_000)

    luc_sends_his_cart(fresh_server)
    with qtbot.waitSignal(poller.sig_summary_changed, timeout=20_000) as changed:
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert changed.args[0].pending_for_me == 1
    poller.stop()


def test_luc_is_notified_when_his_request_is_approved_and_seeing_it_resets_the_count(
    qtbot, make_ctx, fresh_server
) -> None:
    sent, _products = luc_sends_his_cart(fresh_server)
    ctx = signed_in_ctx(make_ctx, fresh_server, "luc.gagnon")
    poller = InboxPoller.of(ctx)
    tray = TrayNotifier(ctx, poller, ctx)
    with qtbot.waitSignal(poller.sig_summary_changed, timeout=20_000):
        poller.start()
    assert tray.tooltip() == "Lumen — you have 1 request awaiting approval"
    assert tray.last_notices == []

    order = api_as(fresh_server, "marie.tremblay").approvals.approve(
        sent.id, {"method": "delivery"}, idempotency_key="notice-test-2"
    )
    assert isinstance(order, Order)
    with qtbot.waitSignal(tray.sig_notified, timeout=20_000) as notified:
        poller.poll_now()
    notice = notified.args[0]
    assert notice.kind is NoticeKind.APPROVED and order.number in notice.message
    assert tray.tooltip() == "Lumen — you have 0 requests awaiting approval"

    page = MyRequestsView(ctx)
    qtbot.addWidget(page)
    page.show()  # seeing "My requests" tells the service
    qtbot.waitUntil(
        lambda: poller.summary is not None and poller.summary.my_decided_since_last_seen == 0, timeout=20_000
    )
    summary = api_as(fresh_server, "luc.gagnon").inbox.summary()
    assert summary is not None and summary.my_decided_since_last_seen == 0
    poller.stop()
