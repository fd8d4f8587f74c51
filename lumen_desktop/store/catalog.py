"""The local replica of the catalog, kept current through ``GET /catalog/changes`` (``models.catalog_sync``).

It holds ONE language (the names and descriptions of the language it was synced in) and prices only when the
service sent them (it omits them for a user who may not see prices, so nothing here can leak one). The cursor,
the language and the last category tree live in ``StoreMeta``. It serves the catalog search while the service
is unreachable: the replica is small and local, so a ``LIKE`` over a few columns is fast enough.

Every function here runs on the store thread (``Op(..., pool="store")``), never on the GUI thread.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from decimal import Decimal

from sqlalchemy import Integer, String, Text, delete, func, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from lumen_common.quantities import quantity_tokens, split_query
from lumen_common.text import fold
from lumen_desktop.api.types import CatalogChanges, Category, Page, Product
from lumen_desktop.store.db import LocalStore, StoreBase, StoreMeta

CURSOR_KEY = "catalog_cursor"
LANGUAGE_KEY = "catalog_language"
CATEGORIES_KEY = "catalog_categories"
KEYWORDS_KEY = "catalog_keywords_version"
# Raise when ``_keywords`` changes: rows written before are recomputed once, at the next sync or search.
KEYWORDS_VERSION = "2"


class ReplicaProduct(StoreBase):
    """One product as ``/catalog/changes`` sent it (without stock, which changes too often to replicate)."""

    __tablename__ = "catalog_products"

    sku: Mapped[str] = mapped_column(String(40), primary_key=True)
    mpn: Mapped[str] = mapped_column(String(60), default="", index=True)
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
    # " word word … " of the name, brand and codes, without case or accents: what the search matches
    keywords: Mapped[str] = mapped_column(Text, default="")

    def to_product(self) -> Product:
        return Product(
            sku=self.sku,
            mpn=self.mpn,
            upc=self.upc,
            brand=self.brand,
            name=self.name,
            description=self.description,
            category=self.category,
            uom=self.uom,
            sale_multiple=self.sale_multiple,
            price_unit=self.price_unit,
            image_url=self.image_url,
            price=Decimal(self.price) if self.price is not None else None,
            stock=[],
        )


def words(text: str) -> list[str]:
    """Lower-case words without accents ("Câble THHN/THWN-2" → câble→cable, thhn, thwn, 2)."""
    return re.findall(r"[0-9a-z]+", fold(text))


def _keywords(name: str, brand: str, codes: list[str]) -> str:
    found = words(" ".join([name, brand, *codes]))
    found += ["".join(words(code)) for code in codes if code]  # "LU-100465" also as "lu100465"
    found += quantity_tokens(name)  # "15 A" also as "15a", '1/2"' and "1/2 po" as "1f2in"
    return " " + " ".join(found) + " "


def _product_keywords(product: Product) -> str:
    return _keywords(product.name, product.brand, [product.sku, product.mpn, product.upc])


def _row_values(product: Product) -> dict[str, object]:
    return {
        "keywords": _product_keywords(product),
        "sku": product.sku,
        "mpn": product.mpn,
        "upc": product.upc,
        "brand": product.brand,
        "name": product.name,
        "description": product.description,
        "category": product.category,
        "uom": product.uom,
        "sale_multiple": product.sale_multiple,
        "price_unit": product.price_unit,
        "price": str(product.price) if product.price is not None else None,
        "image_url": product.image_url,
    }


class CatalogReplica:
    """The replica of one user's catalog; the store file is opened on first use (on the store thread)."""

    def __init__(self, opener: Callable[[], LocalStore]) -> None:
        self._opener = opener
        self._store: LocalStore | None = None

    @property
    def store(self) -> LocalStore:
        if self._store is None:
            self._store = self._opener()
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
                session.execute(delete(ReplicaProduct))
                session.execute(delete(StoreMeta).where(StoreMeta.key.in_([CURSOR_KEY, CATEGORIES_KEY])))
                session.merge(StoreMeta(key=LANGUAGE_KEY, value=language))
            return None
        return self.store.get_meta(CURSOR_KEY)

    def apply(self, changes: CatalogChanges, language: str) -> int:
        """Writes one page of changes and its cursor in one transaction; answers how many rows changed."""
        self._ensure_current_keywords()
        with self.store.session() as session:
            if _meta(session, LANGUAGE_KEY) != language:
                return 0  # the language changed since this page was asked for: the next sync starts over
            for product in changes.items:
                session.merge(ReplicaProduct(**_row_values(product)))
            if changes.deleted:
                session.execute(delete(ReplicaProduct).where(ReplicaProduct.sku.in_(changes.deleted)))
            if changes.next_cursor is not None:
                session.merge(StoreMeta(key=CURSOR_KEY, value=changes.next_cursor))
        return len(changes.items) + len(changes.deleted)

    def count(self) -> int:
        with self.store.session() as session:
            return session.scalar(select(func.count()).select_from(ReplicaProduct)) or 0

    # --- categories ---------------------------------------------------------------------------------------------
    def save_categories(self, roots: list[Category], language: str) -> None:
        """Keeps the last category tree seen online, to show it offline."""
        if self.store.get_meta(LANGUAGE_KEY) == language:
            self.store.set_meta(CATEGORIES_KEY, json.dumps([c.raw for c in roots]))

    def categories(self) -> list[Category]:
        saved = self.store.get_meta(CATEGORIES_KEY)
        return [Category.from_json(node) for node in json.loads(saved)] if saved else []

    # --- search ---------------------------------------------------------------------------------------------------
    def search(
        self, q: str, categories: Iterable[str] | None = None, page: int = 1, page_size: int = 50
    ) -> Page[Product]:
        """Every word of ``q`` must begin a word of the name, brand, SKU, MPN or UPC (case and accents ignored),
        and every quantity ("15A", "1/2 po") must be one of the name's, as the service matches; an exact UPC or
        SKU comes first."""
        self._ensure_current_keywords()
        query = select(ReplicaProduct)
        tokens, rest = split_query(q)
        for token in tokens:
            query = query.where(ReplicaProduct.keywords.like(f"% {token} %"))
        for word in words(rest):
            query = query.where(ReplicaProduct.keywords.like(f"% {word}%"))
        if categories is not None:
            query = query.where(ReplicaProduct.category.in_(list(categories)))
        code = q.strip()
        exact = or_(ReplicaProduct.upc == code, func.lower(ReplicaProduct.sku) == code.lower())
        with self.store.session() as session:
            total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
            rows = session.scalars(
                query.order_by(exact.desc(), ReplicaProduct.name, ReplicaProduct.sku)
                .offset((page - 1) * page_size)
                .limit(page_size)
            ).all()
            return Page(items=[row.to_product() for row in rows], total=total, page=page, page_size=page_size)

    def _ensure_current_keywords(self) -> None:
        """Recomputes the keywords of rows a previous version of the app wrote (once per store file)."""
        if self.store.get_meta(KEYWORDS_KEY) == KEYWORDS_VERSION:
            return
        with self.store.session() as session:
            for row in session.scalars(select(ReplicaProduct)):
                row.keywords = _keywords(row.name, row.brand, [row.sku, row.mpn, row.upc])
            session.merge(StoreMeta(key=KEYWORDS_KEY, value=KEYWORDS_VERSION))


def _meta(session: Session, key: str) -> str | None:
    return session.scalar(select(StoreMeta.value).where(StoreMeta.key == key))
