"""Rebuild every product's search keywords, so "15A" finds "15 A" in products indexed before quantities were.

``search_keywords`` now also holds each name's quantities in one spelling ("15a", "12awg", "1f2in", "2p"; see
``lumen_common.quantities``). The search index follows the column by itself (FTS5 triggers on SQLite, the
generated tsvector on PostgreSQL). Downgrading keeps the richer keywords: the older search simply ignores them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 20:10:00.000000
"""

import sqlalchemy as sa
from alembic import op

from lumen_server.catalog.keywords import search_keywords

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BATCH = 2000
products = sa.table(
    "products",
    sa.column("id", sa.Integer),
    sa.column("sku", sa.String),
    sa.column("mpn", sa.String),
    sa.column("name_fr", sa.String),
    sa.column("name_en", sa.String),
    sa.column("search_keywords", sa.Text),
)


def upgrade() -> None:
    connection = op.get_bind()
    last_id = 0
    while True:
        rows = connection.execute(
            sa.select(products.c.id, products.c.sku, products.c.mpn, products.c.name_fr, products.c.name_en)
            .where(products.c.id > last_id)
            .order_by(products.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        values = [
            {
                "row_id": row.id,
                "keywords": search_keywords(sku=row.sku, mpn=row.mpn, name_fr=row.name_fr, name_en=row.name_en),
            }
            for row in rows
        ]
        connection.execute(
            products.update()
            .where(products.c.id == sa.bindparam("row_id"))
            .values(search_keywords=sa.bindparam("keywords")),
            values,
        )
        last_id = rows[-1].id


def downgrade() -> None:
    pass
