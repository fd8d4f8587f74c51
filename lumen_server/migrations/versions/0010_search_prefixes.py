"""The SQLite full-text index keeps prefixes of 1 to 6 characters (was 2 to 4), rebuilt in one pass.

A prefix the index does not keep ("1"* at the end of "1-1", "bipol"*) is answered by merging the doclist of every
word that begins with it, a few thousand of them for a digit: 20–90 ms for one query on 100,000 products. With
the prefixes kept, each is one doclist: the service's median new query's ranking costs ~1.6 ms of CPU instead of
~2.5 ms and its slowest 18–28 ms instead of ~95 ms (bench/RESULTS.md, 2026-12-02), for ~15 % more database.
The rebuild also leaves the index in one segment per level (100,000 products: ~15 s). PostgreSQL's GIN index
answers prefixes from its sorted terms: unchanged.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 05:05:00.000000
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# As in 0001: the indexed columns of ``products`` and the tokenizer of every catalog index.
_COLUMNS = ("sku", "mpn", "upc", "brand", "name_fr", "name_en", "search_keywords")
_TOKENIZE = "unicode61 remove_diacritics 2 tokenchars '.'"
_TRIGGERS = ("product_search_ai", "product_search_ad", "product_search_au")


def _recreate(prefixes: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS product_search")
    columns = ", ".join(_COLUMNS)
    new = ", ".join(f"new.{c}" for c in _COLUMNS)
    old = ", ".join(f"old.{c}" for c in _COLUMNS)
    op.execute(
        f"CREATE VIRTUAL TABLE product_search USING fts5({columns}, content='products', content_rowid='id', "
        f"tokenize=\"{_TOKENIZE}\", prefix='{prefixes}')"
    )
    op.execute("INSERT INTO product_search(product_search) VALUES ('rebuild')")
    insert = f"INSERT INTO product_search(rowid, {columns}) VALUES (new.id, {new});"
    delete = f"INSERT INTO product_search(product_search, rowid, {columns}) VALUES ('delete', old.id, {old});"
    op.execute(f"CREATE TRIGGER product_search_ai AFTER INSERT ON products BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER product_search_ad AFTER DELETE ON products BEGIN {delete} END")
    op.execute(f"CREATE TRIGGER product_search_au AFTER UPDATE ON products BEGIN {delete} {insert} END")


def upgrade() -> None:
    _recreate("1 2 3 4 5 6")


def downgrade() -> None:
    _recreate("2 3 4")
