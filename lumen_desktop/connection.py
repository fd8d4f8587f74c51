"""Whether the Lumen service answers, and the automatic retry while it does not.

``ops`` feeds this object: a ``ServiceUnreachable`` from any HTTP op → offline; any answer → online. While
offline it counts down (``sig_countdown`` each second) and then probes the service with ``probe`` (``GET /me``
when signed in) through an ``Op``; each failed probe lengthens the wait (``BACKOFF_S``). ``retry_now`` probes
at once. The banner (``widgets.connection_banner``) only displays this state.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from .api.errors import ServiceUnreachable
from .ops import Op

BACKOFF_S = (2, 5, 10, 20, 30)


class ConnectionState(QObject):
    sig_online_changed = Signal(bool)
    """The service became reachable (True) or unreachable (False)."""
    sig_countdown = Signal(int)
    """Seconds before the next automatic retry; 0 while a retry is under way."""

    def __init__(self, probe: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._probe = probe
        self._online = True
        self._attempt = 0
        self._seconds_left = 0
        self._probing = False
        self.last_error: ServiceUnreachable | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)

    @property
    def is_online(self) -> bool:
        return self._online

    @property
    def seconds_left(self) -> int:
        return self._seconds_left

    def report_reachable(self) -> None:
        """Any answer from the service: back online, retries stop."""
        self._attempt = 0
        self._tick.stop()
        if not self._online:
            self._online = True
            self.sig_online_changed.emit(True)

    def report_unreachable(self, error: ServiceUnreachable) -> None:
        """A call got no answer: go offline and start the retry countdown (once; later failures only wait)."""
        self.last_error = error
        if self._online:
            self._online = False
            self.sig_online_changed.emit(False)
            self._schedule_retry()

    def retry_now(self) -> None:
        """Probes the service at once (the banner's "Retry now")."""
        if self._probing:
            return
        self._tick.stop()
        self._probing = True
        self.sig_countdown.emit(0)
        Op(self, self._probe, self._probe_answered).on_failure(self._probe_failed).run()

    def _probe_answered(self, _result: object) -> None:
        self._probing = False  # ops already reported the answer: online

    def _probe_failed(self, exc: Exception) -> None:
        self._probing = False
        if not self._online:  # an ApiError means it answered: ops marked us online already
            self._attempt += 1
            self._schedule_retry()

    def _schedule_retry(self) -> None:
        self._seconds_left = BACKOFF_S[min(self._attempt, len(BACKOFF_S) - 1)]
        self.sig_countdown.emit(self._seconds_left)
        self._tick.start()

    def _on_tick(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self.retry_now()
        else:
            self.sig_countdown.emit(self._seconds_left)
