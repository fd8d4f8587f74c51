"""The stand-in, as people use it: marie says she is away with jean as stand-in (the "Away…" dialog); sophie's
request is in jean's inbox "for Marie Tremblay", jean approves it and the history says for whom; sophie sees how
long her request waited; the approver's inbox puts the request that waited longest on top, highlighted."""

from __future__ import annotations

import datetime as dt
import sqlite3
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from lumen_desktop.models.waiting import waiting_text
from lumen_desktop.style import brush
from lumen_desktop.views.approvals import ApprovalInboxView, MyRequestsView

from .approval_steps import LEFT, cell, open_editor, some_products
from .helpers import api_as, signed_in_ctx


def _customers_today() -> dt.date:
    """Today where the customers are (the service reads absences in Toronto's dates, whatever this machine's zone)."""
    return dt.datetime.now(ZoneInfo("America/Toronto")).date()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _sophie_sends(server) -> str:
    sophie = api_as(server, "sophie.roy")
    (product,) = some_products(sophie, count=1)
    sophie.cart.add_lines([{"sku": product.sku, "quantity": product.sale_multiple}])
    approval_id = sophie.cart.submit_for_approval("Tour B")
    sophie.close()
    return approval_id.id


def test_marie_sets_her_absence_in_the_away_dialog_and_a_wrong_one_is_refused_next_to_its_field(
    qtbot, make_ctx, fresh_server
) -> None:
    inbox = ApprovalInboxView(signed_in_ctx(make_ctx, fresh_server, "marie.tremblay"))
    qtbot.addWidget(inbox)
    dialog = inbox.open_away_dialog()
    qtbot.waitUntil(lambda: dialog.stand_in.count() == 1 and dialog.save_button.isEnabled(), timeout=20_000)
    assert dialog.stand_in.currentText() == "Jean Dupuis"

    yesterday = _qdate(_customers_today()).addDays(-1)
    dialog.starts_on.setDate(yesterday.addDays(-3))
    dialog.ends_on.setDate(yesterday)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.ends_error.text() != "", timeout=20_000)
    assert "already past" in dialog.ends_error.text()
    assert dialog.isVisible() and dialog.stand_in.currentText() == "Jean Dupuis"

    dialog.starts_on.setDate(_qdate(_customers_today()))
    dialog.ends_on.setDate(_qdate(_customers_today()).addDays(3))
    with qtbot.waitSignal(dialog.sig_saved, timeout=20_000) as saved:
        qtbot.mouseClick(dialog.save_button, LEFT)
    away = saved.args[0]
    assert away.active and away.stand_in.username == "jean.dupuis"
    assert away.ends_on == _customers_today() + dt.timedelta(days=3)


def test_marie_is_away_jean_approves_sophies_request_and_the_history_says_for_whom(
    qtbot, make_ctx, fresh_server
) -> None:
    approval_id = _sophie_sends(fresh_server)
    marie = api_as(fresh_server, "marie.tremblay")
    marie.away.set(_customers_today(), _customers_today() + dt.timedelta(days=2), "jean.dupuis")
    marie.close()

    jean_ctx = signed_in_ctx(make_ctx, fresh_server, "jean.dupuis")
    assert jean_ctx.me is not None and jean_ctx.me.is_approver
    inbox = ApprovalInboxView(jean_ctx)
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=20_000)
    assert cell(inbox.model, 0, "requester") == "Sophie Roy (for Marie Tremblay)"

    editor = open_editor(qtbot, jean_ctx, approval_id)
    qtbot.mouseClick(editor.ui.approve_button, LEFT)
    dialog = editor.approve_dialog
    assert dialog is not None
    with qtbot.waitSignal(editor.sig_approved, timeout=20_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    qtbot.waitUntil(lambda: editor.approval is not None and editor.approval.status == "approved", timeout=20_000)
    history = editor.ui.history.model
    last = history.rowCount() - 1
    assert history.data(history.index(last, 1)) == "Jean Dupuis for Marie Tremblay"

    # Marie, back at her desk, sees it decided, by whom and for whom.
    marie_ctx = signed_in_ctx(make_ctx, fresh_server, "marie.tremblay")
    marie_editor = open_editor(qtbot, marie_ctx, approval_id)
    assert marie_editor.approval is not None and marie_editor.approval.status == "approved"
    assert not marie_editor.ui.approve_button.isEnabled()
    marie_history = marie_editor.ui.history.model
    assert marie_history.data(marie_history.index(marie_history.rowCount() - 1, 1)) == (
        "Jean Dupuis for Marie Tremblay"
    )


def test_sophie_sees_how_long_it_waited_and_marie_has_the_oldest_on_top(qtbot, make_ctx, fresh_server) -> None:
    older, newer = _sophie_sends(fresh_server), _sophie_sends(fresh_server)
    three_days_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(days=3, hours=1)).strftime("%Y-%m-%d %H:%M:%S.%f")
    with sqlite3.connect(fresh_server.database) as db:
        db.execute("UPDATE approval_requests SET created_at = ? WHERE id = ?", (three_days_ago, int(older)))

    mine = MyRequestsView(signed_in_ctx(make_ctx, fresh_server, "sophie.roy"))
    qtbot.addWidget(mine)
    qtbot.waitUntil(lambda: mine.model.rowCount() == 2, timeout=20_000)
    waited = {mine.model.approval(row).id: cell(mine.model, row, "waiting") for row in range(2)}
    assert waited[older] == "waiting 3 days"
    assert waited[newer] == "waiting less than an hour"

    inbox = ApprovalInboxView(signed_in_ctx(make_ctx, fresh_server, "marie.tremblay"))
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2, timeout=20_000)
    assert [inbox.model.approval(row).id for row in range(2)] == [older, newer]
    background = Qt.ItemDataRole.BackgroundRole
    assert inbox.model.data(inbox.model.index(0, 0), background) == brush("overdue")
    assert inbox.model.data(inbox.model.index(1, 0), background) is None


def test_waiting_times_have_real_plurals_in_both_languages(qtbot, make_ctx) -> None:
    now = dt.datetime(2027, 3, 4, 12, 0, tzinfo=dt.UTC)
    ctx = make_ctx(None, language="fr")
    assert waiting_text(now - dt.timedelta(days=2, hours=3), now) == "en attente depuis 2 jours"
    assert waiting_text(now - dt.timedelta(days=1, hours=3), now) == "en attente depuis 1 jour"
    assert waiting_text(now - dt.timedelta(hours=5), now) == "en attente depuis 5 heures"
    ctx.i18n.set_language("en")
    assert waiting_text(now - dt.timedelta(days=1, hours=3), now) == "waiting 1 day"
    assert waiting_text(now - dt.timedelta(hours=1), now) == "waiting 1 hour"
