"""The local replica of the catalog, kept current through ``GET /catalog/changes`` (``models.catalog_sync``).

It holds ONE language (the names and descriptions of the language it was synced in) and prices only when the
service sent them (it omits them for a user who may not see prices, so nothing here can leak one). The cursor,
the language and the last category tree live in ``StoreMeta``. It serves the catalog search while the service
is unreachable, through its FTS5 index (``catalog_search``), with the service's token rules.

Writes are bulk upserts (``INSERT … ON CONFLICT DO UPDATE``, one ``executemany`` of the rows ``_feed_row``
builds, by column name), committed every ``WRITE_CHUNK`` rows with a ``time.sleep(0)`` between chunks, so the GUI
thread gets the interpreter back while a first sync runs; a first sync fills its search index a batch of rows at
a time while it downloads and builds its B-tree indexes after its last page (``catalog_schema``).
A search started with ``begin_search``'s ticket stops (``SearchSuperseded``) as soon as a newer one begins:
``begin_search`` also interrupts the SQLite statement of the search under way, never a write.

Every function here runs on the store thread (``Op(..., pool="store")``), never on the GUI thread, except
``begin_search`` (GUI thread; it only bumps a counter and interrupts).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, bindparam, delete, func, select, update
from sqlalchemy.exc import OperationalError

from lumen_common.search_terms import search_keywords
from lumen_desktop.api.types import Category, Page, Product
from lumen_desktop.store.catalog_feed import FeedPage, FeedProduct
from lumen_desktop.store.catalog_schema import (
    CATEGORIES_KEY,
    CURSOR_KEY,
    KEYWORDS_KEY,
    LANGUAGE_KEY,
    ReplicaProduct,
    empty_products,
    ensure_replica_schema,
    finish_bulk_load,
    index_pending_rows,
    index_rows_after,
    indexed_upto,
    last_row_id,
    start_bulk_load,
)
from lumen_desktop.store.catalog_search import ReplicaPage, SearchKey, search_replica
from lumen_desktop.store.db import LocalStore, StoreMeta

__all__ = ["KEYWORDS_KEY", "ROW_COLUMNS", "CatalogReplica", "ReplicaPage", "ReplicaProduct", "SearchKey"]
__all__ += ["SearchSuperseded"]

# Raise when ``_keywords`` changes: rows written before are recomputed once, at the next sync or search.
KEYWORDS_VERSION = "3"
WRITE_CHUNK = 500
# Rows built (keywords computed, ~35 µs each) between two hand-overs of the interpreter to the other threads.
ROW_SLICE = 50
# Every column of ``catalog_products`` but the rowid, as ``ReplicaProduct`` declares them: ``_feed_row`` fills
# each by name, and an upsert of a known SKU overwrites them all.
ROW_COLUMNS: tuple[str, ...] = tuple(c.name for c in ReplicaProduct.__table__.columns if c.name != "id")
_UPSERT = (
    f"INSERT INTO catalog_products ({', '.join(ROW_COLUMNS)}) VALUES ({', '.join(f':{c}' for c in ROW_COLUMNS)})"
    f" ON CONFLICT(sku) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in ROW_COLUMNS if c != 'sku')}"
)
ProductRow = dict[str, object]
"""A row of ``catalog_products`` by column name (``ROW_COLUMNS``), as ``_upsert`` writes it."""


class SearchSuperseded(Exception):
    """A newer search began while this one ran: its results would be for text the user already changed."""


def _keywords(sku: str, mpn: str, name: str) -> str:
    return search_keywords(sku=sku, mpn=mpn, names=(name,))


def _feed_row(item: FeedProduct) -> ProductRow:
    """A product of the change feed (``catalog_feed``) as the replica's row: the one place a row is built."""
    price = item.get("price")
    sku, mpn, name = item["sku"], item["mpn"], item["name"]
    return {
        "sku": sku,
        "mpn": mpn,
        "upc": item["upc"] or "",
        "brand": item["brand"],
        "name": name,
        "description": item.get("description") or "",
        "category": item["category"]["id"],
        "uom": item["uom"],
        "sale_multiple": item["sale_multiple"],
        "price_unit": item["price_unit"],
        "price": None if price is None else str(price),
        "image_url": item["image_url"],
        "keywords": _keywords(sku, mpn, name),
    }


def _feed_rows(items: list[FeedProduct]) -> list[ProductRow]:
    """The rows of a page's products, handing the interpreter over every ``ROW_SLICE`` rows."""
    rows: list[ProductRow] = []
    for first in range(0, len(items), ROW_SLICE):
        rows += [_feed_row(item) for item in items[first : first + ROW_SLICE]]
        time.sleep(0)  # hands the interpreter over at once: the GUI and the download would wait up to 5 ms
    return rows


class CatalogReplica:
    """The replica of one user's catalog; the store file is opened on first use (on the store thread)."""

    def __init__(self, opener: Callable[[], LocalStore]) -> None:
        self._opener = opener
        self._store: LocalStore | None = None
        self._search_lock = threading.Lock()
        self._search_generation = 0
        self._searching: sqlite3.Connection | None = None  # the connection of the search under way

    @property
    def store(self) -> LocalStore:
        if self._store is None:
            store = self._opener()
            ensure_replica_schema(store)
            self._store = store
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- sync -----------------------------------------------------------------------------------------------------
    def cursor_for(self, language: str) -> str | None:
        """The cursor to resume from in ``language``; a replica in another language is emptied first."""
        if self.store.get_meta(LANGUAGE_KEY) != language:
            with self.store.session() as session:
                empty_products(session.connection())
                start_bulk_load(session.connection())  # B-tree indexes built once, at the end
                session.execute(delete(StoreMeta).where(StoreMeta.key.in_([CURSOR_KEY, CATEGORIES_KEY])))
                session.merge(StoreMeta(key=LANGUAGE_KEY, value=language))
                session.merge(StoreMeta(key=KEYWORDS_KEY, value=KEYWORDS_VERSION))
            return None
        return self.store.get_meta(CURSOR_KEY)

    def apply(self, changes: FeedPage, language: str) -> int:
        """Writes one page of changes, ``WRITE_CHUNK`` rows per transaction, the cursor with the last chunk;
        answers how many rows changed (0 when the language changed since the page was asked for)."""
        self._ensure_current_keywords()
        if self.store.get_meta(LANGUAGE_KEY) != language:
            return 0  # the next sync starts over in the new language
        rows, deleted = _feed_rows(changes["items"]), changes["deleted"]
        next_cursor, has_more = changes["next_cursor"], changes["has_more"]
        chunks = [rows[i : i + WRITE_CHUNK] for i in range(0, len(rows), WRITE_CHUNK)] or [[]]
        for number, chunk in enumerate(chunks):
            with self.store.session() as session:
                connection = session.connection()
                upto = indexed_upto(connection)  # None: not a first sync
                if chunk:
                    _upsert(connection, chunk, indexed_upto=upto)
                if number == len(chunks) - 1:
                    if deleted:
                        session.execute(delete(ReplicaProduct).where(ReplicaProduct.sku.in_(deleted)))
                    if next_cursor is not None:
                        session.merge(StoreMeta(key=CURSOR_KEY, value=next_cursor))
                    if upto is not None and not has_more:  # the first sync's last page
                        finish_bulk_load(connection)
            time.sleep(0)  # let the GUI thread run between chunks
        return len(rows) + len(deleted)

    def count(self) -> int:
        with self.store.session() as session:
            return session.scalar(select(func.count()).select_from(ReplicaProduct)) or 0

    # --- categories ---------------------------------------------------------------------------------------------
    def save_categories(self, roots: list[Category], language: str) -> None:
        """Keeps the last category tree seen online, to show it offline."""
        if self.store.get_meta(LANGUAGE_KEY) == language:
            self.store.set_meta(CATEGORIES_KEY, json.dumps([c.model_dump(mode="json") for c in roots]))

    def categories(self) -> list[Category]:
        saved = self.store.get_meta(CATEGORIES_KEY)
        return [Category.from_json(node) for node in json.loads(saved)] if saved else []

    # --- search ---------------------------------------------------------------------------------------------------
    def begin_search(self) -> int:
        """A new search is about to be asked (GUI thread): every older one stops; answers its ticket."""
        with self._search_lock:
            self._search_generation += 1
            if self._searching is not None:
                self._searching.interrupt()  # only ever a search's statement: see ``_search_connection``
            return self._search_generation

    def search_page(
        self,
        q: str,
        categories: Iterable[str] | None = None,
        after: SearchKey | None = None,
        page_size: int = 50,
        ticket: int | None = None,
    ) -> ReplicaPage:
        """The page of ``q`` after ``after`` (see ``catalog_search``); with a ``ticket`` from ``begin_search``,
        raises ``SearchSuperseded`` once a newer search has begun."""

        def check() -> None:
            if ticket is not None and ticket != self._search_generation:
                raise SearchSuperseded(q)

        scope = list(categories) if categories is not None else None
        check()
        with self._search_connection(check) as connection:
            version = connection.execute(select(StoreMeta.value).where(StoreMeta.key == KEYWORDS_KEY)).scalar()
            if version == KEYWORDS_VERSION:
                return search_replica(connection, q, scope, after, page_size, check)
        self._ensure_current_keywords()  # once per file an older app wrote: then search as usual
        with self._search_connection(check) as connection:
            return search_replica(connection, q, scope, after, page_size, check)

    def search(
        self, q: str, categories: Iterable[str] | None = None, page: int = 1, page_size: int = 50
    ) -> Page[Product]:
        """Page ``page`` of ``q`` (walking the keyset pages before it); ``total`` stops at the count cap."""
        result = self.search_page(q, categories, None, page_size)
        for _ in range(page - 1):
            if result.next_key is None:
                return Page(items=[], total=result.total, page=page, page_size=page_size)
            result = self.search_page(q, categories, result.next_key, page_size)
        return Page(items=result.items, total=result.total, page=page, page_size=page_size)

    @contextmanager
    def _search_connection(self, check: Callable[[], None]) -> Iterator[Connection]:
        """A connection that ``begin_search`` may interrupt while (and only while) this search uses it."""
        with self.store.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            with self._search_lock:
                self._searching = raw if isinstance(raw, sqlite3.Connection) else None
            try:
                yield connection
            except OperationalError as exc:
                check()  # interrupted by a newer search: say so
                raise exc
            finally:
                with self._search_lock:
                    self._searching = None

    def _ensure_current_keywords(self) -> None:
        """Recomputes the keywords of rows a previous version of the app wrote (once per store file)."""
        if self.store.get_meta(KEYWORDS_KEY) == KEYWORDS_VERSION:
            return
        with self.store.session() as session:
            rows = session.execute(
                select(ReplicaProduct.id, ReplicaProduct.sku, ReplicaProduct.mpn, ReplicaProduct.name)
            )
            values = [{"row_id": row.id, "new_keywords": _keywords(row.sku, row.mpn, row.name)} for row in rows]
            if values:
                statement = update(ReplicaProduct).where(ReplicaProduct.id == bindparam("row_id"))
                session.connection().execute(statement.values(keywords=bindparam("new_keywords")), values)
            session.merge(StoreMeta(key=KEYWORDS_KEY, value=KEYWORDS_VERSION))


def _upsert(connection: Connection, rows: list[ProductRow], *, indexed_upto: int | None = None) -> None:
    """Inserts new products and updates known ones in one ``executemany`` of plain dicts (no per-row binding
    through SQLAlchemy's compiler); the update trigger re-indexes the known ones. Outside a first sync one
    ``INSERT … SELECT`` indexes the new ones (new rows get ids above the last one); during one
    (``indexed_upto``: the greatest id indexed so far) they are indexed a batch at a time."""
    last_id = last_row_id(connection) if indexed_upto is None else 0
    connection.exec_driver_sql(_UPSERT, rows)
    if indexed_upto is None:
        index_rows_after(connection, last_id)
    else:
        index_pending_rows(connection, indexed_upto)
