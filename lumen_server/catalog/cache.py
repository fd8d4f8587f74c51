"""What a search computes from the products alone, kept until the catalog changes.

A ranked list of matches (up to 1,000 of them: 2–4 ms) and the count of a browse (a walk of ~100,000
index entries: 10–15 ms) depend only on the rows of ``products``. Database triggers count every write to that
table in ``catalog_writes`` (migration 0009: the service's own writes, a migration's, an operator's SQL alike),
so ``catalog_version`` reads that count in the request's own snapshot (one row) and what was computed at that
count is reused by every request reading the same count: never a stale answer, whichever worker or connection
wrote. Prices and stock are never kept here: each page reads them.

One cache per database (tests run several services in one process; each worker process has its own), bounded in
entries; all of them are dropped when a request reads another count.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from sqlalchemy import Pool, select
from sqlalchemy.orm import Session

from lumen_server.catalog.models import CatalogWrites

T = TypeVar("T")
# Ranked lists of up to 1,000 ids (8 KB each in a tuple of small ints) and counts: 2 MB at most.
MAX_ENTRIES = 256


class CatalogCache:
    """Values computed at one catalog version, least recently used dropped first."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self.max_entries = max_entries
        self._version = -1
        self._entries: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, version: int, key: Hashable, compute: Callable[[], T]) -> T:
        """The value kept for ``key`` at ``version``, or ``compute()`` (then kept).

        ``compute`` runs outside the lock: two requests may compute the same value at once, never wait for each
        other."""
        with self._lock:
            if version != self._version:
                self._version = version
                self._entries.clear()
            elif key in self._entries:
                self._entries.move_to_end(key)
                found: T = self._entries[key]  # type: ignore[assignment]
                return found
        value = compute()
        with self._lock:
            if version == self._version:
                self._entries[key] = value
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
        return value

    def keys(self) -> list[Hashable]:
        """What is kept now, least recently used first."""
        with self._lock:
            return list(self._entries)


# Keyed by the engine's connection pool, which the read and write engines of a ``Database`` share.
_caches: weakref.WeakKeyDictionary[Pool, CatalogCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def catalog_version(session: Session) -> int:
    """How many writes ``products`` had, as this transaction sees it."""
    return session.scalar(select(CatalogWrites.writes).where(CatalogWrites.id == 1)) or 0


def cache_for(session: Session) -> CatalogCache:
    """The cache of the database ``session`` reads."""
    pool = session.get_bind().engine.pool
    with _caches_lock:
        cache = _caches.get(pool)
        if cache is None:
            cache = _caches[pool] = CatalogCache()
        return cache


def kept(session: Session, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()`` for this catalog version, computed once per version (see the module)."""
    return cache_for(session).get(catalog_version(session), key, compute)
