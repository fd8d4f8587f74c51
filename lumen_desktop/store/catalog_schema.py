"""The replica's tables: ``catalog_products`` and its FTS5 index ``catalog_search`` (external content), and the
replica's own schema version.

Updates and deletions reach the index through triggers; new rows are indexed by ``index_rows_after`` in one
``INSERT … SELECT`` per written chunk (``store.catalog._upsert``): a per-row insert trigger was 2.6 times slower.
A first sync (an empty replica, ``INDEX_PENDING_KEY`` set) writes into the bare table: no FTS index, no triggers
and no secondary indexes (``start_bulk_load``), all built once after its last page (``finish_bulk_load``).
Keeping the nine B-tree indexes current row by row cost 6 of the 7 seconds of writing 100,000 products; building
them once at the end takes under one (``bench/replica_bench.py`` measures the FTS part).

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
INDEX_PENDING_KEY = "catalog_index_pending"  # "1": rows were written unindexed; the end of the sync rebuilds
# Raise when the tables below change: the catalog tables of an older file are rebuilt (and re-synced) once.
REPLICA_SCHEMA_VERSION = "4"  # 3: one-character prefixes indexed; 4: no four-character prefixes
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
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({columns}, content='catalog_products', "
        f"content_rowid='id', tokenize=\"{FTS5_TOKENIZE}\", prefix='1 2 3')",
        f"CREATE TRIGGER IF NOT EXISTS catalog_search_ad AFTER DELETE ON catalog_products BEGIN {remove} END",
        f"CREATE TRIGGER IF NOT EXISTS catalog_search_au AFTER UPDATE ON catalog_products BEGIN {remove} {insert} END",
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


def start_bulk_load(connection: Connection) -> None:
    """Leaves the table bare for a first sync's writes: no triggers, no index but the SKU's (the upsert's key)."""
    drop_triggers(connection)
    for index in ReplicaProduct.__table__.indexes:  # type: ignore[attr-defined]
        connection.execute(text(f"DROP INDEX IF EXISTS {index.name}"))


def finish_bulk_load(connection: Connection) -> None:
    """Builds what ``start_bulk_load`` left out, each in one pass over the table."""
    for index in ReplicaProduct.__table__.indexes:  # type: ignore[attr-defined]
        connection.execute(CreateIndex(index, if_not_exists=True))
    create_triggers(connection)
    rebuild_index(connection)


def rebuild_index(connection: Connection) -> None:
    """Rebuilds the whole index from ``catalog_products`` in one pass."""
    connection.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('rebuild')"))


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
        keys = [CURSOR_KEY, LANGUAGE_KEY, CATEGORIES_KEY, KEYWORDS_KEY, INDEX_PENDING_KEY]
        session.execute(delete(StoreMeta).where(StoreMeta.key.in_(keys)))
        session.merge(StoreMeta(key=SCHEMA_KEY, value=REPLICA_SCHEMA_VERSION))
