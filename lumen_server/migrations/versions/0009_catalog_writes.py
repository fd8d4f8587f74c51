"""A count of the writes to ``products``, kept by triggers: the version of the searches the service keeps
computed (``lumen_server/catalog/cache.py``), so that no write, through the service or not, leaves one stale.

SQLite: a row trigger per kind of write (one row's update of one row: a microsecond per product written).
PostgreSQL: a statement trigger; product writers already queue on ``catalog_sequence``, so the row lock it takes
adds no waiting. A later migration that recreates ``products`` (SQLite batch mode) must create these again.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 02:15:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_COUNT = "UPDATE catalog_writes SET writes = writes + 1 WHERE id = 1;"
_SQLITE_TRIGGERS = {"catalog_writes_ai": "INSERT", "catalog_writes_au": "UPDATE", "catalog_writes_ad": "DELETE"}


def upgrade() -> None:
    op.create_table(
        "catalog_writes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("writes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalog_writes")),
    )
    op.execute("INSERT INTO catalog_writes (id, writes) VALUES (1, 0)")
    if op.get_bind().dialect.name == "sqlite":
        for name, event in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} AFTER {event} ON products BEGIN {_COUNT} END")
    else:
        op.execute(
            "CREATE FUNCTION catalog_writes_count() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {_COUNT} RETURN NULL; END $$"
        )
        op.execute(
            "CREATE TRIGGER catalog_writes_count AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON products "
            "FOR EACH STATEMENT EXECUTE FUNCTION catalog_writes_count()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS catalog_writes_count ON products")
        op.execute("DROP FUNCTION IF EXISTS catalog_writes_count()")
    op.drop_table("catalog_writes")
