"""``CatalogSync``: keeps the local catalog replica (``store.catalog``) current, in the background.

After sign-in (``start``), every ``INTERVAL_MS`` and after a language change it pulls ``GET /catalog/changes``
pages from its cursor: each page is fetched by an ``Op`` on the "http" pool and written by an ``Op`` on the
"store" pool, one page at a time, so the GUI never waits. The replica holds one language: a language change
empties it and syncs again from the start. A sync asked for while one runs is done right after it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ..api import CatalogChanges
from ..context import AppContext
from ..ops import Op
from ..paths import user_store_path
from ..store.catalog import CatalogReplica
from ..store.db import open_store

INTERVAL_MS = 5 * 60 * 1000
PAGE_LIMIT = 500


def replica_for(ctx: AppContext) -> CatalogReplica:
    """The replica of the signed-in user on this service (the file is opened later, on the store thread)."""
    address = ctx.client.address
    username = ctx.me.username if ctx.me is not None else ""
    return CatalogReplica(lambda: open_store(user_store_path(address, username)))


class CatalogSync(QObject):
    sig_synced = Signal(int)
    """A sync finished; the number of products added, changed or removed."""
    sig_failed = Signal(str)
    """A sync stopped on an error (it is tried again at the next interval)."""

    def __init__(self, ctx: AppContext, replica: CatalogReplica, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.replica = replica
        self._generation = 0  # bumped by a language change or stop: steps of an older generation are dropped
        self._running: int | None = None  # the generation of the sync under way
        self._again = False
        self._changed = 0
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.sync_now)
        ctx.i18n.sig_language_changed.connect(self._on_language_changed)

    @property
    def is_running(self) -> bool:
        return self._running is not None

    def start(self) -> None:
        """Syncs now and then every few minutes."""
        self._timer.start()
        self.sync_now()

    def stop(self) -> None:
        """No more syncs; the steps under way are dropped when they come back."""
        self._timer.stop()
        self._generation += 1
        self._running = None
        self._again = False

    def sync_now(self) -> None:
        if self._running is not None:
            self._again = True
            return
        self._running = generation = self._generation
        self._changed = 0
        language, replica = self._ctx.i18n.language, self.replica
        Op(
            self, lambda: replica.cursor_for(language), lambda cursor: self._fetch(generation, language, cursor)
        ).on_failure(lambda exc: self._failed(generation, exc)).run(pool="store")

    def _fetch(self, generation: int, language: str, cursor: str | None) -> None:
        if self._stale(generation):
            return
        client = self._ctx.client
        Op(
            self,
            lambda: client.catalog.changes(since=cursor, limit=PAGE_LIMIT),
            lambda changes: self._write(generation, language, changes),
        ).on_failure(lambda exc: self._failed(generation, exc)).run()

    def _write(self, generation: int, language: str, changes: CatalogChanges) -> None:
        if self._stale(generation):
            return
        replica = self.replica
        Op(
            self,
            lambda: replica.apply(changes, language),
            lambda count: self._written(generation, language, changes, count),
        ).on_failure(lambda exc: self._failed(generation, exc)).run(pool="store")

    def _written(self, generation: int, language: str, changes: CatalogChanges, count: int) -> None:
        if self._stale(generation):
            return
        self._changed += count
        if changes.has_more and changes.next_cursor is not None:
            self._fetch(generation, language, changes.next_cursor)
            return
        self._finish(generation)
        self.sig_synced.emit(self._changed)

    def _stale(self, generation: int) -> bool:
        """True when the language changed (or the sync stopped) since this step's sync began."""
        if generation == self._generation:
            return False
        self._finish(generation)
        return True

    def _finish(self, generation: int) -> None:
        if self._running != generation:
            return  # an older, already abandoned sync
        self._running = None
        if self._again:
            self._again = False
            self.sync_now()

    def _failed(self, generation: int, exc: Exception) -> None:
        # Being offline is the usual reason: the connection banner says so, and the next interval retries.
        if self._running == generation:
            self._running = None
            self._again = False
            self.sig_failed.emit(str(exc))

    def _on_language_changed(self, _language: str) -> None:
        if not self._timer.isActive():
            return  # not started (or stopped): nothing to keep current
        self._generation += 1
        self.sync_now()
