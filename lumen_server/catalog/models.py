"""The catalog: categories, products (French and English texts), contract prices and stock per branch."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lumen_server.core.db import Base, utcnow
from lumen_server.customers.models import Branch

Money = Numeric(12, 2)


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    name_fr: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(default=0)


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("sale_multiple >= 1", name="sale_multiple_positive"),
        CheckConstraint("price_unit IN (1, 100, 1000)", name="price_unit_known"),
        # Browsing by name (``catalog/search.py``): a page at any depth and the count walk one covering index.
        Index("ix_products_browse_fr", "deleted", "name_fr", "sku"),
        Index("ix_products_browse_en", "deleted", "name_en", "sku"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), unique=True)
    mpn: Mapped[str] = mapped_column(String(60), index=True)
    upc: Mapped[str | None] = mapped_column(String(14), index=True)
    brand: Mapped[str] = mapped_column(String(80))
    name_fr: Mapped[str] = mapped_column(String(250))
    name_en: Mapped[str] = mapped_column(String(250))
    description_fr: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), index=True)
    # Unit of measure the quantity counts: "ft", "ea", "box", "roll", "m"...
    uom: Mapped[str] = mapped_column(String(10))
    sale_multiple: Mapped[int] = mapped_column(default=1)
    # The price is for this many units: 1, 100 (per C) or 1000 (per M).
    price_unit: Mapped[int] = mapped_column(default=1)
    list_price: Mapped[Decimal] = mapped_column(Money)
    image_url: Mapped[str | None] = mapped_column(String(500))
    # A product withdrawn from sale stays for history (orders, templates) but leaves the catalog.
    deleted: Mapped[bool] = mapped_column(default=False)
    # Position in the catalog's change log (GET /catalog/changes cursor); bumped on every change.
    change_seq: Mapped[int] = mapped_column(default=0, index=True)
    # Extra words for the full-text index (see catalog/keywords.py): SKU/MPN without punctuation and
    # accent-free forms of the names' words, so "5320W" finds "5320-W" and "cable" finds "Câble" on PostgreSQL too.
    search_keywords: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    category: Mapped[Category] = relationship(lazy="joined")


class ContractPrice(Base):
    """A customer's negotiated net price for a product, replacing the list price for that customer."""

    __tablename__ = "contract_prices"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), primary_key=True)
    price: Mapped[Decimal] = mapped_column(Money)


class Stock(Base):
    __tablename__ = "stock"

    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id", ondelete="CASCADE"), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), primary_key=True)
    quantity: Mapped[int] = mapped_column(default=0)

    branch: Mapped[Branch] = relationship(lazy="joined")


class CatalogSequence(Base):
    """One row holding the last catalog change number, so concurrent writers hand out distinct numbers."""

    __tablename__ = "catalog_sequence"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_value: Mapped[int] = mapped_column(default=0)


class CatalogWrites(Base):
    """One row counting the writes to ``products``, kept by database triggers (migration 0009), whoever writes:
    the version of what the service computes from the products and keeps (``catalog/cache.py``)."""

    __tablename__ = "catalog_writes"

    id: Mapped[int] = mapped_column(primary_key=True)
    writes: Mapped[int] = mapped_column(default=0)
