"""Keeps the approval counts current without refreshing: polls ``GET /inbox/summary`` with its ETag.

The service answers 304 when nothing changed, so polling every ``INTERVAL_MS`` costs almost nothing. The main
window shows ``pending_for_me`` as the Approvals badge; the Approvals views may listen to ``sig_summary`` to
reload their list when counts move. ``poll_now()`` is what F5 calls.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from .api import InboxSummary
from .context import AppContext
from .ops import Op

INTERVAL_MS = 15_000


class InboxPoller(QObject):
    sig_summary = Signal(object)
    """A new inbox summary (api.InboxSummary); not emitted when the service says nothing changed."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._etag: str | None = None
        self._busy = False
        self._again = False  # asked again during a poll: the answer may predate what prompted it
        self.summary: InboxSummary | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.poll_now)

    def start(self) -> None:
        self._timer.start()
        self.poll_now()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def is_polling(self) -> bool:
        """Whether the timer polls (off while the live event stream tells of changes instead)."""
        return self._timer.isActive()

    def poll_now(self) -> None:
        """Asks at once (skipped while a poll is under way or the service is known to be unreachable)."""
        if self._busy:
            self._again = True
            return
        if not self._ctx.connection.is_online or not self._ctx.client.is_signed_in:
            return
        self._busy = True
        client, etag = self._ctx.client, self._etag
        Op(self, lambda: client.inbox.summary(etag), self._answered).on_failure(self._failed).run()

    def _answered(self, summary: InboxSummary | None) -> None:
        self._busy = False
        if summary is not None:
            self._etag = summary.etag or None
            self.summary = summary
            self.sig_summary.emit(summary)
        self._poll_again_if_asked()

    def _failed(self, _exc: Exception) -> None:
        self._busy = False  # unreachable → banner; session expired → re-sign-in; nothing to show here
        self._poll_again_if_asked()

    def _poll_again_if_asked(self) -> None:
        if self._again:
            self._again = False
            self.poll_now()
