"""Browsing the catalog by name: an index per language on (deleted, name, sku), the order of ``GET /products``
without words, so a page (even page 2,000) and the count walk one covering index instead of sorting 100,000 rows.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 23:20:00.000000
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_products_browse_fr", "products", ["deleted", "name_fr", "sku"])
    op.create_index("ix_products_browse_en", "products", ["deleted", "name_en", "sku"])


def downgrade() -> None:
    op.drop_index("ix_products_browse_en", table_name="products")
    op.drop_index("ix_products_browse_fr", table_name="products")
