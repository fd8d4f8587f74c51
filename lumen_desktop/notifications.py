"""Approval news without refreshing: the inbox poller, what deserves a desktop notification, and the tray icon.

- ``InboxPoller`` (one per ``AppContext``: ``InboxPoller.of(ctx)``) polls ``GET /inbox/summary`` with
  ``If-None-Match`` every ``POLL_INTERVAL_MS`` and whenever the app becomes active, through ``Op``; it emits
  ``sig_summary_changed`` only for a new etag (a 304 costs nothing and says nothing). The main window's badge,
  the Approvals pages and the tray all listen to that one poller.
- ``NotificationRules`` (plain, no widgets): from the summary before and after, the notices to show — a new
  request for me (``pending_for_me`` went up), one of mine decided (``my_decided_since_last_seen`` went up) —
  and, given my requests, the precise "approved, order C-…" / "rejected: reason" notices.
- ``TrayNotifier`` shows them with a ``QSystemTrayIcon`` (its tooltip says the pending count) when the platform
  has a tray; without one (offscreen) it keeps the same logic and only records ``last_notices``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from lumen_desktop import permissions

from . import inbox
from .api import Approval, InboxSummary
from .context import AppContext
from .ops import Op
from .resources import icon

POLL_INTERVAL_MS = 10_000
MESSAGE_MS = 8_000


class InboxPoller(inbox.InboxPoller):
    """The foundation's ETag poller, shared per context, polling faster and on every app activation."""

    sig_summary_changed = Signal(object)
    """A summary with a new etag (api.InboxSummary); never emitted for a 304 or an unchanged etag."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent if parent is not None else ctx)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._announced_etag: str | None = None
        self.sig_summary.connect(self._on_summary)
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            # Queued: a direct connection is called while the application is torn down at exit, which crashes
            # PySide 6.12 ("bool_dealloc"); a poll can wait one turn of the event loop anyway.
            app.applicationStateChanged.connect(self._on_application_state, Qt.ConnectionType.QueuedConnection)

    @classmethod
    def of(cls, ctx: AppContext) -> InboxPoller:
        """The context's poller, created (as its child) on first use."""
        return ctx.shared(cls, "inbox_poller", lambda: cls(ctx, ctx))

    def set_interval_ms(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self._timer.isActive():
            self.poll_now()

    def _on_summary(self, summary: InboxSummary) -> None:
        if summary.etag and summary.etag == self._announced_etag:
            return
        self._announced_etag = summary.etag or None
        self.sig_summary_changed.emit(summary)


class NoticeKind(Enum):
    NEW_REQUEST = "new_request"
    DECIDED = "decided"
    APPROVED = "approved"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    title: str
    message: str
    approval_id: str | None = None


class NotificationRules(QObject):
    """What is worth interrupting someone for: plain logic (a QObject only for ``self.tr``), tested on its own."""

    def notices(self, before: InboxSummary | None, after: InboxSummary) -> list[Notice]:
        """Notices for the move from ``before`` (None: the first summary since sign-in) to ``after``.

        At sign-in the pending badge already speaks, so only decisions not seen yet are announced."""
        found: list[Notice] = []
        if before is not None and after.pending_for_me > before.pending_for_me:
            new = after.pending_for_me - before.pending_for_me
            found.append(
                Notice(
                    NoticeKind.NEW_REQUEST,
                    self.tr("New request for approval"),
                    self.tr("%n new request(s) await your approval.", "", new),
                )
            )
        decided_before = before.my_decided_since_last_seen if before is not None else 0
        if after.my_decided_since_last_seen > decided_before:
            decided = after.my_decided_since_last_seen - decided_before
            found.append(
                Notice(
                    NoticeKind.DECIDED,
                    self.tr("Your requests"),
                    self.tr("%n of your requests were approved or rejected.", "", decided),
                )
            )
        return found

    def decision_notices(self, mine: list[Approval], count: int) -> list[Notice]:
        """The ``count`` most recently decided of my requests, each as "approved" or "rejected"."""
        decided = [a for a in mine if a.status in ("approved", "rejected")]
        decided.sort(key=_decided_at, reverse=True)
        found = []
        for approval in decided[:count]:
            if approval.status == "approved":
                message = self.tr("Your request was approved: order %1.").replace("%1", approval.order_number or "")
                found.append(Notice(NoticeKind.APPROVED, self.tr("Request approved"), message, approval.id))
            else:
                message = self.tr("Your request was rejected: %1").replace("%1", approval.reason or "")
                found.append(Notice(NoticeKind.REJECTED, self.tr("Request rejected"), message, approval.id))
        return found


def _decided_at(approval: Approval) -> float:
    moment = approval.decided_at or approval.updated_at or approval.created_at
    if moment is None:
        return 0.0
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


class TrayNotifier(QObject):
    sig_notified = Signal(object)
    """A notice was shown (or would have been, without a system tray): the ``Notice``."""
    sig_open_requested = Signal()
    """The user clicked the tray icon or a notice: show the Approvals section."""

    def __init__(self, ctx: AppContext, poller: InboxPoller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rules = NotificationRules(self)
        self._summary: InboxSummary | None = None
        self.last_notices: list[Notice] = []
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("lumen.svg"), self)
            self.tray.activated.connect(lambda _reason: self.sig_open_requested.emit())
            self.tray.messageClicked.connect(self.sig_open_requested.emit)
            self.tray.show()
        poller.sig_summary_changed.connect(self._on_summary)
        ctx.sig_me_changed.connect(self._on_me_changed)
        # Bound methods, not lambdas: this notifier goes with its window at sign-out; the context stays.
        ctx.i18n.sig_language_changed.connect(self._on_language_changed)
        self.retranslate()

    def tooltip(self) -> str:
        """What the tray icon's tooltip says (also without a tray)."""
        pending = self._summary.pending_for_me if self._summary is not None else 0
        me = self._ctx.me
        if permissions.is_approver(me):
            return self.tr("Lumen — %n request(s) await your approval", "", pending)
        mine = self._summary.my_pending if self._summary is not None else 0
        return self.tr("Lumen — you have %n request(s) awaiting approval", "", mine)

    def _on_language_changed(self, _language: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        if self.tray is not None:
            self.tray.setToolTip(self.tooltip())

    def _on_me_changed(self, me: object) -> None:
        self._summary = None  # another user: their first summary is a new baseline
        if self.tray is not None:
            self.tray.setVisible(me is not None)
        self.retranslate()

    def _on_summary(self, summary: InboxSummary) -> None:
        before, self._summary = self._summary, summary
        self.retranslate()
        for notice in self._rules.notices(before, summary):
            if notice.kind is NoticeKind.DECIDED:
                self._announce_decisions(
                    notice,
                    summary.my_decided_since_last_seen
                    - (before.my_decided_since_last_seen if before is not None else 0),
                )
            else:
                self._show(notice)

    def _announce_decisions(self, fallback: Notice, count: int) -> None:
        """Says which requests were approved or rejected; the count alone if the list can't be read."""
        client, rules = self._ctx.client, self._rules
        Op(
            self,
            lambda: client.approvals.list("requester"),
            lambda mine: self._show_all(rules.decision_notices(mine, count) or [fallback]),
        ).on_failure(lambda _exc: self._show(fallback)).run()

    def _show_all(self, notices: list[Notice]) -> None:
        for notice in notices:
            self._show(notice)

    def _show(self, notice: Notice) -> None:
        self.last_notices.append(notice)
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(notice.title, notice.message, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        self.sig_notified.emit(notice)
