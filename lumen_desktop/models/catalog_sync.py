"""``CatalogSync``: keeps the local catalog replica (``store.catalog``) current, in the background.

After sign-in (``start``), every ``INTERVAL_MS`` and after a language change it pulls ``GET /catalog/changes``
pages from its cursor: each page is fetched and read (``store.catalog_feed``: parsed and checked in one
pydantic-core call, no model per product) by an ``Op`` on the "http" pool and written by an ``Op`` on the
"store" pool. The next page is fetched while the previous one is written (at most ``MAX_QUEUED_WRITES`` pages
wait in memory, ``FIRST_SYNC_QUEUED_WRITES`` during a first sync), so a first sync costs about the download
alone. During a first sync ``sig_progress`` counts
the products written out of the catalog's size. The replica holds one language: a language change empties it
and syncs again from the start. A sync asked for while one runs is done right after it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ..api import Page, Product
from ..context import AppContext
from ..ops import Op
from ..paths import user_store_path
from ..store.catalog import CatalogReplica
from ..store.catalog_feed import FeedPage, fetch_changes
from ..store.db import open_store

INTERVAL_MS = 5 * 60 * 1000
# The contract's largest page: a page is read holding the interpreter, ~3 ms per 1,000 products.
PAGE_LIMIT = 1000
MAX_QUEUED_WRITES = 2
# A first sync's store thread pauses ~0.5 s on each batch of its FTS index (``store.catalog_schema``): this many
# pages (~1.5 MB each) may wait meanwhile, so the download never waits for it.
FIRST_SYNC_QUEUED_WRITES = 10


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
    sig_progress = Signal(int, int)
    """A first sync advanced: products written so far, products in the catalog (0 until known)."""

    def __init__(self, ctx: AppContext, replica: CatalogReplica, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.replica = replica
        self._generation = 0  # bumped by a language change or stop: steps of an older generation are dropped
        self._running: int | None = None  # the generation of the sync under way
        self._again = False
        self._changed = 0
        self._first = False  # the sync under way started from an empty replica: progress is shown
        self._expected = 0  # products in the catalog, for the progress (0: not known yet)
        self._written_products = 0
        self._next_cursor: str | None = None  # the page to fetch once the writes queue has room
        self._fetching = False
        self._more = False  # pages remain after the last fetched one
        self._queued_writes = 0
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.sync_now)
        ctx.i18n.sig_language_changed.connect(self._on_language_changed)

    @property
    def is_running(self) -> bool:
        return self._running is not None

    @property
    def is_first_sync(self) -> bool:
        """The sync under way fills an empty replica (the catalog view shows its progress)."""
        return self._running is not None and self._first

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
        self._changed = self._written_products = self._expected = self._queued_writes = 0
        self._fetching = self._more = self._first = False
        language, replica = self._ctx.i18n.language, self.replica
        Op(
            self, lambda: replica.cursor_for(language), lambda cursor: self._begin(generation, language, cursor)
        ).on_failure(lambda exc: self._failed(generation, exc)).run(pool="store")

    def _begin(self, generation: int, language: str, cursor: str | None) -> None:
        if self._stale(generation):
            return
        if cursor is None:  # an empty replica: the whole catalog comes, say how far along it is
            self._first = True
            self.sig_progress.emit(0, 0)
            client = self._ctx.client
            Op(self, lambda: client.catalog.search("", None, 1, 1), lambda p: self._sized(generation, p)).on_failure(
                lambda _exc: None  # the progress then counts without a total; the sync itself reports errors
            ).run()
        self._fetch(generation, language, cursor)

    def _sized(self, generation: int, page: Page[Product]) -> None:
        if generation == self._generation and self._running == generation and self._first:
            self._expected = page.total
            self.sig_progress.emit(self._written_products, self._expected)

    def _fetch(self, generation: int, language: str, cursor: str | None) -> None:
        if self._stale(generation):
            return
        self._fetching = True
        client = self._ctx.client
        Op(
            self,
            lambda: fetch_changes(client, cursor, PAGE_LIMIT),
            lambda changes: self._write(generation, language, changes),
        ).on_failure(lambda exc: self._failed(generation, exc)).run()

    def _write(self, generation: int, language: str, changes: FeedPage) -> None:
        if self._stale(generation):
            return
        self._fetching = False
        self._more = changes["has_more"] and changes["next_cursor"] is not None
        self._next_cursor = changes["next_cursor"]
        self._queued_writes += 1
        replica = self.replica
        Op(
            self,
            lambda: replica.apply(changes, language),
            lambda count: self._written(generation, language, changes, count),
        ).on_failure(lambda exc: self._failed(generation, exc)).run(pool="store")
        self._fetch_next(generation, language)

    def _fetch_next(self, generation: int, language: str) -> None:
        """Asks for the next page while earlier ones are being written, unless enough are waiting already."""
        queued = FIRST_SYNC_QUEUED_WRITES if self._first else MAX_QUEUED_WRITES
        if self._more and not self._fetching and self._queued_writes < queued:
            self._fetch(generation, language, self._next_cursor)

    def _written(self, generation: int, language: str, changes: FeedPage, count: int) -> None:
        if self._stale(generation) or self._running != generation:
            return
        self._queued_writes -= 1
        self._changed += count
        self._written_products += len(changes["items"])
        if self._first:
            expected = self._expected and max(self._expected, self._written_products)  # 0 while not known
            self.sig_progress.emit(self._written_products, expected)
        if self._more or self._fetching:
            self._fetch_next(generation, language)
            return
        if self._queued_writes == 0:
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
            self._generation += 1  # the pages still in flight belong to this failed run: drop them
            self._running = None
            self._again = False
            self.sig_failed.emit(str(exc))

    def _on_language_changed(self, _language: str) -> None:
        if not self._timer.isActive():
            return  # not started (or stopped): nothing to keep current
        self._generation += 1
        self.sync_now()
