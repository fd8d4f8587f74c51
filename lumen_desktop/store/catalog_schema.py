"""The replica's tables: ``catalog_products`` and its FTS5 index ``catalog_search`` (external content), and the
replica's own schema version.

Updates and deletions reach the index through triggers; new rows are indexed by ``index_rows_after`` in one
``INSERT … SELECT`` per written chunk (``store.catalog._upsert``): a per-row insert trigger was 2.6 times slower.
A first sync (an empty replica, ``INDEXED_UPTO_KEY`` set) writes into a table without its secondary indexes
(``start_bulk_load``), built once after its last page (``finish_bulk_load``): keeping the B-tree indexes current
row by row cost 6 of the 7 seconds of writing 100,000 products; building them at the end takes under one. Its
FTS index is filled while the download goes on, ``INDEX_BATCH`` rows at a time (``index_pending_rows``): built
after the last page instead, it was 2–3 s of a 9 s sync, all of it after the download. Its automatic merges are off
until the end (each batch stays one segment: six for 100,000 products, searched as fast as one). The triggers
follow only the rows the index holds (ids up to ``INDEXED_UPTO_KEY``'s value), so a product changed or withdrawn
twice during a first sync leaves no stale entry.

The replica is a cache: when ``REPLICA_SCHEMA_VERSION`` changes (an older app wrote the file) only the catalog
tables are rebuilt and the catalog is synced again from the start. The cart drafts in the same file
(``store.drafts``) are never touched: ``LocalStore.reset`` would drop them, so the replica never calls it.
"""

from __future__ import annotations

from sqlalchemy import DDL, Connection, Index, Integer, String, Text, delete, event, func, text
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.schema import CreateIndex

from lumen_common.search_terms import FTS5_TOKENIZE
from lumen_desktop.store.db import LocalStore, StoreBase, StoreMeta

CURSOR_KEY = "catalog_cursor"
LANGUAGE_KEY = "catalog_language"
CATEGORIES_KEY = "catalog_categories"
KEYWORDS_KEY = "catalog_keywords_version"
SCHEMA_KEY = "catalog_schema_version"
# During a first sync: the greatest row id the FTS index holds (rows above it are indexed at the next batch).
INDEXED_UPTO_KEY = "catalog_indexed_upto"
_OLD_KEYS = ("catalog_index_pending",)  # written by schema 3 and earlier
INDEX_BATCH = 20_000
_AUTOMERGE = 4  # FTS5's default
# Raise when the tables below change: the catalog tables of an older file are rebuilt (and re-synced) once.
REPLICA_SCHEMA_VERSION = "4"  # 3: one-character prefixes indexed; 4: no 4-character ones, triggers with WHEN
FTS_TABLE = "catalog_search"
# The indexed columns of ``catalog_products``, in the index's order (bm25 weights in ``catalog_search.py``).
FTS_COLUMNS = ("sku", "mpn", "upc", "brand", "name", "keywords")
_TRIGGERS = ("catalog_search_ai", "catalog_search_ad", "catalog_search_au")  # "ai": older files only


class ReplicaProduct(StoreBase):
    """One product as ``/catalog/changes`` sent it (without stock, which changes too often to replicate).

    ``id`` is the FTS index's rowid: an explicit INTEGER PRIMARY KEY, which VACUUM never renumbers."""

    __tablename__ = "catalog_products"
    __table_args__ = (
        Index("ix_catalog_products_name_sku", "name", "sku"),
        Index("ix_catalog_products_sku_lower", func.lower(text("sku"))),
        Index("ix_catalog_products_mpn_lower", func.lower(text("mpn"))),
        Index("ix_catalog_products_sku_bare", func.replace(func.lower(text("sku")), "-", "")),
        Index("ix_catalog_products_mpn_bare", func.replace(func.lower(text("mpn")), "-", "")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sku: Mapped[str] = mapped_column(String(40), unique=True)
    mpn: Mapped[str] = mapped_column(String(60), default="")
    upc: Mapped[str] = mapped_column(String(14), default="", index=True)
    brand: Mapped[str] = mapped_column(String(80), default="")
    name: Mapped[str] = mapped_column(String(250), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(60), default="", index=True)
    uom: Mapped[str] = mapped_column(String(10), default="")
    sale_multiple: Mapped[int] = mapped_column(Integer, default=1)
    price_unit: Mapped[int] = mapped_column(Integer, default=1)
    # A decimal string ("412.50"), absent (None) for a user who may not see prices.
    price: Mapped[str | None] = mapped_column(String(20), nullable=True)
    image_url: Mapped[str | None] = mapped_column(String(500), nullable=True)
    # Extra index words (``lumen_common.search_terms.search_keywords``): compact codes, accent-free words, sizes.
    keywords: Mapped[str] = mapped_column(Text, default="")


# Prefixes of 1 to 3 characters are indexed: without the 1-character one, "fil de c" (the user about to type
# "câble") merged every indexed word beginning with "c", 150–350 ms a key on 100,000 products. A 4-character
# prefix names few enough words to merge them: its index cost 0.6–0.8 s of a first sync's index build (2.2 s
# instead of 3.0 for 102,647 products) for no gain in search-as-you-type (p95 6.7 ms without it, 10.8 with it,
# same 1,000 prefixes, same file: ``bench/RESULTS.md``).
def _fts_ddl() -> list[str]:
    columns = ", ".join(FTS_COLUMNS)
    new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    insert = f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.id, {new});"
    remove = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) VALUES ('delete', old.id, {old});"
    upto = f"(SELECT CAST(value AS INTEGER) FROM store_meta WHERE key = '{INDEXED_UPTO_KEY}')"
    indexed = f"WHEN old.id <= coalesce({upto}, {2**63 - 1})"  # outside a first sync: every row
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({columns}, content='catalog_products', "
        f"content_rowid='id', tokenize=\"{FTS5_TOKENIZE}\", prefix='1 2 3')",
        f"CREATE TRIGGER IF NOT EXISTS catalog_search_ad AFTER DELETE ON catalog_products {indexed} BEGIN {remove} END",
        f"CREATE TRIGGER IF NOT EXISTS catalog_search_au AFTER UPDATE ON catalog_products {indexed} "
        f"BEGIN {remove} {insert} END",
    ]


def last_row_id(connection: Connection) -> int:
    """The greatest id so far: rows inserted next get greater ones (an INTEGER PRIMARY KEY takes max + 1)."""
    return int(connection.execute(text("SELECT coalesce(max(id), 0) FROM catalog_products")).scalar_one())


def index_rows_after(connection: Connection, last_id: int) -> None:
    """Adds the rows inserted after ``last_id`` to the index, in one statement."""
    columns = ", ".join(FTS_COLUMNS)
    connection.execute(
        text(f"INSERT INTO {FTS_TABLE}(rowid, {columns}) SELECT id, {columns} FROM catalog_products WHERE id > :last"),
        {"last": last_id},
    )


for _statement in _fts_ddl():
    event.listen(ReplicaProduct.__table__, "after_create", DDL(_statement))  # type: ignore[no-untyped-call]
_DROP_FTS = DDL(f"DROP TABLE IF EXISTS {FTS_TABLE}")  # type: ignore[no-untyped-call]
event.listen(ReplicaProduct.__table__, "before_drop", _DROP_FTS)


def drop_triggers(connection: Connection) -> None:
    """Stops the index following row updates and deletions (until ``create_triggers``)."""
    for trigger in _TRIGGERS:
        connection.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))


def create_triggers(connection: Connection) -> None:
    for statement in _fts_ddl()[1:]:
        connection.execute(text(statement))


def _automerge(connection: Connection, level: int) -> None:
    connection.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', {level})"))


def start_bulk_load(connection: Connection) -> None:
    """Readies an emptied table for a first sync: no index but the SKU's (the upsert's key), the FTS index
    following from row 0 on, unmerged."""
    for index in ReplicaProduct.__table__.indexes:  # type: ignore[attr-defined]
        connection.execute(text(f"DROP INDEX IF EXISTS {index.name}"))
    _automerge(connection, 0)
    _set_indexed_upto(connection, 0)


def _set_indexed_upto(connection: Connection, row_id: int) -> None:
    connection.execute(
        text("INSERT INTO store_meta (key, value) VALUES (:key, :value) ON CONFLICT(key) DO UPDATE SET value = :value"),
        {"key": INDEXED_UPTO_KEY, "value": str(row_id)},
    )


def indexed_upto(connection: Connection) -> int | None:
    """During a first sync, the greatest row id the FTS index holds; None outside one."""
    found = connection.execute(text("SELECT value FROM store_meta WHERE key = :key"), {"key": INDEXED_UPTO_KEY})
    value = found.scalar()
    return None if value is None else int(value)


def index_pending_rows(connection: Connection, upto: int, *, at_least: int | None = None) -> int:
    """During a first sync: indexes the rows above ``upto`` once there are ``at_least`` of them (default
    ``INDEX_BATCH``); answers the greatest row id the index then holds."""
    last = last_row_id(connection)
    if last - upto < max(INDEX_BATCH if at_least is None else at_least, 1):
        return upto
    index_rows_after(connection, upto)
    _set_indexed_upto(connection, last)
    return last


def finish_bulk_load(connection: Connection) -> None:
    """Ends a first sync: the rows not indexed yet, then every B-tree index, each in one pass over the table."""
    upto = indexed_upto(connection)
    index_pending_rows(connection, upto or 0, at_least=0)
    for index in ReplicaProduct.__table__.indexes:  # type: ignore[attr-defined]
        connection.execute(CreateIndex(index, if_not_exists=True))
    _automerge(connection, _AUTOMERGE)
    connection.execute(text("DELETE FROM store_meta WHERE key = :key"), {"key": INDEXED_UPTO_KEY})


def empty_products(connection: Connection) -> None:
    """Removes every product and empties the index in one step each (per-row triggers would take seconds)."""
    drop_triggers(connection)
    connection.execute(delete(ReplicaProduct))
    connection.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('delete-all')"))
    create_triggers(connection)


def ensure_replica_schema(store: LocalStore) -> None:
    """Rebuilds the catalog tables of a file an older app wrote (the catalog is synced again; drafts stay)."""
    if store.get_meta(SCHEMA_KEY) == REPLICA_SCHEMA_VERSION:
        return
    table = ReplicaProduct.__table__
    with store.session() as session:
        connection = session.connection()
        for trigger in _TRIGGERS:  # an older file may have the table without them, or none of it
            connection.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
        table.drop(connection, checkfirst=True)  # type: ignore[attr-defined]
        table.create(connection)  # type: ignore[attr-defined]
        keys = [CURSOR_KEY, LANGUAGE_KEY, CATEGORIES_KEY, KEYWORDS_KEY, INDEXED_UPTO_KEY, *_OLD_KEYS]
        session.execute(delete(StoreMeta).where(StoreMeta.key.in_(keys)))
        session.merge(StoreMeta(key=SCHEMA_KEY, value=REPLICA_SCHEMA_VERSION))
