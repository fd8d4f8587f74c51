"""Waking the open event streams of this worker process when something was published for their user.

The table is the truth (``models.LiveEvent``); the bus only says "look again" to the streams of the users named.
On SQLite (one process) the publishing session wakes them after its commit. On PostgreSQL every worker runs one
``Listener`` thread on ``LISTEN lumen_events``: a ``pg_notify`` sent in the publishing transaction reaches every
worker when, and only if, that transaction commits.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import threading
from collections.abc import Iterable
from types import FrameType
from typing import Any

log = logging.getLogger(__name__)

CHANNEL = "lumen_events"
# The listener's reconnection delays after losing its connection (seconds, doubling up to the last).
RECONNECT_DELAYS = (0.5, 1.0, 2.0, 5.0)


class Subscription:
    """One open stream: woken (an ``asyncio.Event``) when its user may have news, or when the worker stops."""

    def __init__(self, bus: EventBus, user_id: int) -> None:
        self.bus = bus
        self.user_id = user_id
        self.news = asyncio.Event()

    @property
    def closing(self) -> bool:
        return self.bus.closing

    def close(self) -> None:
        self.bus.unsubscribe(self)


class EventBus:
    """The streams of this process, by user; ``wake`` may be called from any thread."""

    def __init__(self) -> None:
        self._subscriptions: dict[int, set[Subscription]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._listener: Listener | None = None
        self.closing = False

    def subscribe(self, user_id: int, *, database_url: str) -> Subscription:
        """Called in the event loop by a new stream; starts the PostgreSQL listener on first use."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            self._loop = loop
            self.closing = False
            _end_streams_on_shutdown(self)
        if self._listener is None and database_url.startswith("postgresql"):
            self._listener = Listener(self, database_url)
            self._listener.start()
        subscription = Subscription(self, user_id)
        self._subscriptions.setdefault(user_id, set()).add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        streams = self._subscriptions.get(subscription.user_id)
        if streams is not None:
            streams.discard(subscription)
            if not streams:
                del self._subscriptions[subscription.user_id]

    def stream_count(self) -> int:
        return sum(len(streams) for streams in self._subscriptions.values())

    def wake(self, user_ids: Iterable[int] | None) -> None:
        """Wakes the streams of ``user_ids`` (None: every stream), from any thread."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        ids = None if user_ids is None else frozenset(user_ids)
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody to wake
            loop.call_soon_threadsafe(self._wake_now, ids)

    def _wake_now(self, user_ids: frozenset[int] | None) -> None:
        for user_id, streams in list(self._subscriptions.items()):
            if user_ids is None or user_id in user_ids:
                for subscription in streams:
                    subscription.news.set()

    def close_soon(self) -> None:
        """``close_all`` from a signal handler or another thread."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self.close_all)

    def close_all(self) -> None:
        """The worker is stopping: every stream ends now (uvicorn would otherwise wait for them for ever)."""
        self.closing = True
        self._wake_now(None)


def _end_streams_on_shutdown(bus: EventBus) -> None:
    """Chains onto the server's SIGTERM/SIGINT handlers so that open streams end when the worker is told to stop.

    uvicorn waits for every response to finish before it exits, and an event stream never finishes by itself.
    """
    if threading.current_thread() is not threading.main_thread():
        return
    for number in (signal.SIGTERM, signal.SIGINT):
        previous = signal.getsignal(number)
        if getattr(previous, "_lumen_ends_streams", False):
            continue

        def handler(signum: int, frame: FrameType | None, previous: Any = previous) -> None:
            bus.close_soon()
            if callable(previous):
                previous(signum, frame)

        handler._lumen_ends_streams = True  # type: ignore[attr-defined]
        signal.signal(number, handler)


class Listener(threading.Thread):
    """``LISTEN lumen_events`` on a connection of its own; each notification names the users to wake."""

    def __init__(self, bus: EventBus, database_url: str) -> None:
        super().__init__(name="lumen-events-listener", daemon=True)
        self.bus = bus
        self.conninfo = _conninfo(database_url)

    def run(self) -> None:
        import psycopg

        failures = 0
        while True:
            try:
                with psycopg.connect(self.conninfo, autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    failures = 0
                    self.bus.wake(None)  # whatever was published while not listening is read now
                    for notice in connection.notifies():
                        self.bus.wake(_user_ids(notice.payload))
            except Exception:  # the database went away: listen again, and streams re-read meanwhile
                log.warning("Live events: lost the PostgreSQL listener connection; reconnecting", exc_info=True)
            delay = RECONNECT_DELAYS[min(failures, len(RECONNECT_DELAYS) - 1)]
            failures += 1
            threading.Event().wait(delay)


def _user_ids(payload: str) -> list[int] | None:
    try:
        return [int(part) for part in payload.split(",") if part]
    except ValueError:
        return None  # not ours: wake everyone, they only re-read


def _conninfo(database_url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


# One bus per worker process.
bus = EventBus()
