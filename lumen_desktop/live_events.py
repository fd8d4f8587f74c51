"""Live updates: one ``GET /events`` stream per signed-in app, read on a thread of its own, instead of polling.

``LiveEvents.of(ctx)`` (one per context); once the main window calls ``follow_sign_in()`` it opens the stream while
an approver or requester is signed in and closes it at sign-out (``start()``/``stop()`` do it by hand). Each event
asks the ``InboxPoller`` for the summary at once (so badges, lists and the tray follow the moment the service
answers) and is re-emitted as ``sig_event`` for open editors. While the stream is healthy the poller's timer is
off; when the stream breaks, polling resumes and the stream reconnects with backoff, resuming after the last event
received (``Last-Event-ID``). An expired access token is refreshed by the ``ApiClient`` as for any call; a session
that cannot be refreshed ends the attempts until the next sign-in.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from .api import ApiError, ServiceUnreachable, SessionExpired
from .api.events import EventStream, LiveEvent
from .context import AppContext
from .notifications import InboxPoller

log = logging.getLogger(__name__)

# Seconds before reconnecting after the stream broke: doubling, then every 30 s.
BACKOFF_SECONDS = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0)


class LiveEvents(QObject):
    sig_event = Signal(object)
    """Something happened to a request that concerns me (api.events.LiveEvent)."""
    sig_connected = Signal()
    """The stream is open: changes now arrive as they happen, the poll timer is off."""
    sig_disconnected = Signal()
    """The stream broke: polling resumes until it reconnects."""

    # From the reading thread to the GUI thread (queued): generation, then what happened.
    _sig_opened = Signal(int)
    _sig_received = Signal(int, object)
    _sig_lost = Signal(int)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else ctx)
        self._ctx = ctx
        self._generation = 0
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._stream: EventStream | None = None
        self._running = False
        self._following = False  # start and stop with sign-in and sign-out (the main window asks for it)
        self._paused_poller = False  # the poller's timer was on and is off while the stream is healthy
        self.is_connected = False
        self.last_event_id: str | None = None
        self._sig_opened.connect(self._opened, Qt.ConnectionType.QueuedConnection)
        self._sig_received.connect(self._received, Qt.ConnectionType.QueuedConnection)
        self._sig_lost.connect(self._lost, Qt.ConnectionType.QueuedConnection)
        ctx.sig_me_changed.connect(self._on_me_changed)

    @classmethod
    def of(cls, ctx: AppContext) -> LiveEvents:
        """The context's live events, created (as its child) on first use."""
        return ctx.shared(cls, "live_events", lambda: cls(ctx, ctx))

    def follow_sign_in(self) -> None:
        """From now on the stream is open while an approver or requester is signed in (the main window's call)."""
        self._following = True
        self._on_me_changed(self._ctx.me)

    @property
    def is_running(self) -> bool:
        return self._running

    # --- starting and stopping (GUI thread) -------------------------------------------------------------------
    def start(self) -> None:
        """Opens the stream (if not open already) on a thread of its own."""
        if self._running:
            return
        self._running = True
        self._generation += 1
        self._stop = threading.Event()
        thread = threading.Thread(
            target=self._read_forever, args=(self._generation, self._stop), name="lumen-live-events", daemon=True
        )
        thread.start()

    def stop(self) -> None:
        """Closes the stream; its thread ends by itself (nothing it still reads is delivered)."""
        if not self._running:
            return
        self._running = False
        self._generation += 1
        self._stop.set()
        with self._lock:
            stream, self._stream = self._stream, None
        if stream is not None:
            stream.close()
        was_connected, self.is_connected = self.is_connected, False
        self._paused_poller = False  # stopped with the window or at sign-out: whoever polled decides again
        if was_connected:
            self.sig_disconnected.emit()

    def _on_me_changed(self, me: object) -> None:
        if not self._following:
            return
        if me is None:
            self.stop()
            self.last_event_id = None  # the next person starts from now
            return
        if getattr(me, "is_approver", False) or getattr(me, "is_requester", False):
            self.start()
        # After every other slot of this signal (the main window starts the poller on it).
        QTimer.singleShot(0, self._apply_polling)

    def _apply_polling(self) -> None:
        if self.is_connected:
            self._pause_poller()

    def _pause_poller(self) -> None:
        poller = InboxPoller.of(self._ctx)
        if poller.is_polling:
            poller.stop()
            self._paused_poller = True

    def _resume_poller(self) -> None:
        if self._paused_poller:
            self._paused_poller = False
            if self._ctx.me is not None:
                InboxPoller.of(self._ctx).start()  # polls at once, then every 10 s

    # --- the reading thread -----------------------------------------------------------------------------------
    def _read_forever(self, generation: int, stop: threading.Event) -> None:
        client = self._ctx.client
        failures = 0
        while not stop.is_set():
            ready = ended_after_ready = False
            try:
                stream = client.events.open(self.last_event_id)
                with self._lock:
                    if stop.is_set():
                        stream.close()
                        return
                    self._stream = stream
                for message in stream.messages():
                    if stop.is_set():
                        return
                    if message.id:
                        self.last_event_id = message.id
                    if message.event == "ready":
                        ready, failures = True, 0
                        self._sig_opened.emit(generation)
                    elif (event := message.live_event()) is not None:
                        self._sig_received.emit(generation, event)
                ended_after_ready = ready  # the service ended it (its time is up): reconnect at once
            except SessionExpired:
                self._sig_lost.emit(generation)
                return  # the poller's next call asks to sign in again; signing in starts the stream again
            except (ServiceUnreachable, ApiError) as exc:
                log.info("Live events: the stream broke (%s); polling meanwhile", exc)
            except Exception:  # never let the thread die silently: poll, and try again later
                log.exception("Live events: unexpected failure of the stream")
            finally:
                with self._lock:
                    reading, self._stream = self._stream, None
                if reading is not None:
                    reading.close()
            if stop.is_set():
                return
            if ended_after_ready:
                continue
            self._sig_lost.emit(generation)
            delay = BACKOFF_SECONDS[min(failures, len(BACKOFF_SECONDS) - 1)]
            failures += 1
            if stop.wait(delay):
                return

    # --- back on the GUI thread -------------------------------------------------------------------------------
    def _opened(self, generation: int) -> None:
        if generation != self._generation:
            return
        self.is_connected = True
        self._pause_poller()
        InboxPoller.of(self._ctx).poll_now()  # what changed while the stream was not open
        self.sig_connected.emit()

    def _received(self, generation: int, event: LiveEvent) -> None:
        if generation != self._generation:
            return
        InboxPoller.of(self._ctx).poll_now()
        self.sig_event.emit(event)

    def _lost(self, generation: int) -> None:
        if generation != self._generation:
            return
        was_connected, self.is_connected = self.is_connected, False
        self._resume_poller()
        if was_connected:
            self.sig_disconnected.emit()
