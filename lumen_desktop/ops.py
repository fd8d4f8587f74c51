"""Background work for the GUI, in the style of Anki's ``QueryOp``: views never call HTTP or disk directly.

    Op(self, lambda: ctx.client.catalog.search(q), self._show_results).on_failure(self._search_failed).run()
    Op(self, lambda: secrets.save(address, user, token), None).run(pool="store")

- ``call`` runs on a ``QThreadPool`` worker: it must not touch widgets (capture plain values before ``run``).
  ``pool="http"`` (default) is a shared pool of several threads; ``pool="store"`` is one thread, so local-disk
  and keyring writes happen one at a time and in order.
- ``on_success(result)`` / ``on_failure(exc)`` run on the GUI thread (a queued signal brings them back). When
  ``parent`` was destroyed meanwhile, they are dropped; the connection state is still updated. A call that
  returns after its relay was deleted (the app shutting down) ends quietly (a debug log line).
- Without ``on_failure``, errors go to the ONE default handler, ``failures.show_failure`` (replaceable via
  ``configure``). A view's own ``on_failure`` handles what it knows (e.g. ``exc.field`` → message under that
  input) and passes the rest to ``show_failure(parent, exc)``.
- Centrally, before any handler, for ``pool="http"``: ``ServiceUnreachable`` marks the connection offline (the
  banner speaks; ``show_failure`` then stays silent), any answer from the service (success or ``ApiError``)
  marks it online, and ``SessionExpired`` calls the app's session-expired hook (it asks to sign in again).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any, Generic, Literal, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from .api.errors import ApiError, ServiceUnreachable, SessionExpired

T = TypeVar("T")
Pool = Literal["http", "store"]
log = logging.getLogger(__name__)
HTTP_THREADS = 4


class ConnectionFeed(Protocol):
    """What ``ops`` tells the connection state (``connection.ConnectionState`` implements it)."""

    def report_reachable(self) -> None: ...
    def report_unreachable(self, error: ServiceUnreachable) -> None: ...


FailureHandler = Callable[[QObject | None, Exception], None]


def _log_only(parent: QObject | None, exc: Exception) -> None:
    log.error("background operation failed", exc_info=exc)


class _Hooks:
    """The app-wide decisions, set once at start by ``configure``."""

    connection: ConnectionFeed | None = None
    session_expired: Callable[[SessionExpired], None] | None = None
    default_failure: FailureHandler = staticmethod(_log_only)


hooks = _Hooks()
_pools: dict[str, QThreadPool] = {}
_in_flight: set[_Relay] = set()  # keeps relays alive until their result is delivered


def configure(
    connection: ConnectionFeed | None = None,
    session_expired: Callable[[SessionExpired], None] | None = None,
    default_failure: FailureHandler | None = None,
) -> None:
    """Installs the app-wide hooks (called by ``AppContext``); ``None`` leaves a hook unchanged."""
    if connection is not None:
        hooks.connection = connection
    if session_expired is not None:
        hooks.session_expired = session_expired
    if default_failure is not None:
        hooks.default_failure = default_failure


def thread_pool(name: Pool) -> QThreadPool:
    """The named thread pool, created on first use."""
    if name not in _pools:
        created = QThreadPool()
        created.setMaxThreadCount(HTTP_THREADS if name == "http" else 1)
        _pools[name] = created
    return _pools[name]


def wait_for_all(timeout_ms: int = 5000) -> bool:
    """Waits for every running op's worker to return (at exit); results still arrive through the event loop."""
    return all(p.waitForDone(timeout_ms) for p in _pools.values())


def pending_count() -> int:
    """How many ops have not delivered yet (tests wait for 0)."""
    return len(_in_flight)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits ``sig_done`` and Qt queues the delivery to this thread."""

    sig_done = Signal(object)
    """(succeeded, result or exception) as one tuple, emitted once from the worker thread."""

    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self._op = op
        self.sig_done.connect(self._deliver)

    @Slot(object)
    def _deliver(self, outcome: tuple[bool, Any]) -> None:
        succeeded, value = outcome
        _in_flight.discard(self)
        self.deleteLater()
        self._op._deliver(succeeded, value)


class Op(Generic[T]):
    """One background call and what to do with its outcome on the GUI thread; see the module docstring."""

    def __init__(
        self,
        parent: QObject | None,
        call: Callable[[], T],
        on_success: Callable[[T], Any] | None = None,
    ) -> None:
        self._parent_ref = weakref.ref(parent) if parent is not None else None
        self._call = call
        self._on_success = on_success
        self._on_failure: Callable[[Exception], Any] | None = None
        self._pool: Pool = "http"

    def on_failure(self, handler: Callable[[Exception], Any]) -> Op[T]:
        """Handles the exception instead of the default handler; answers self for chaining."""
        self._on_failure = handler
        return self

    def run(self, pool: Pool = "http") -> None:
        """Starts the call on the pool's thread; must be called from the GUI thread."""
        self._pool = pool
        relay = _Relay(self)
        _in_flight.add(relay)
        call = self._call

        def work() -> None:
            try:
                outcome: tuple[bool, Any] = (True, call())
            except Exception as exc:
                outcome = (False, exc)
            try:
                relay.sig_done.emit(outcome)
            except RuntimeError:  # the relay was deleted (the app is shutting down): nobody is left to tell
                _in_flight.discard(relay)
                log.debug("op finished after its receiver was deleted: %r", outcome[1])

        thread_pool(pool).start(work)

    # --- GUI thread ---------------------------------------------------------------------------------------------
    def _parent_alive(self) -> bool:
        if self._parent_ref is None:
            return True
        parent = self._parent_ref()
        return parent is not None and shiboken6.isValid(parent)

    def _deliver(self, succeeded: bool, value: Any) -> None:
        if self._pool == "http":
            _feed_connection(succeeded, value)
        if isinstance(value, SessionExpired) and hooks.session_expired is not None:
            hooks.session_expired(value)
        if not self._parent_alive():
            return  # the widget that asked is gone: nobody to tell
        parent = self._parent_ref() if self._parent_ref is not None else None
        try:
            if succeeded:
                if self._on_success is not None:
                    self._on_success(value)
            elif self._on_failure is not None:
                self._on_failure(value)
            else:
                hooks.default_failure(parent, value)
        except Exception as exc:  # a bug in a handler: report it like any unexpected error
            log.exception("op handler failed")
            hooks.default_failure(parent, exc)


def _feed_connection(succeeded: bool, value: Any) -> None:
    if hooks.connection is None:
        return
    if isinstance(value, ServiceUnreachable):
        hooks.connection.report_unreachable(value)
    elif succeeded or isinstance(value, ApiError):
        hooks.connection.report_reachable()
