"""The catalog's change feed (``GET /catalog/changes``) and the writes that feed it.

Every product write goes through ``update_product`` / ``delete_product`` (or the bulk loaders), which take a
new change number; the feed pages through products in ``change_seq`` order. The cursor is opaque to clients.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.auth.models import User
from lumen_server.catalog.answers import ProductRows
from lumen_server.catalog.keywords import search_keywords
from lumen_server.catalog.models import Product
from lumen_server.catalog.sequence import allocate_change_seqs
from lumen_server.core.errors import ApiError

_EDITABLE = {"mpn", "upc", "brand", "name_fr", "name_en", "description_fr", "description_en", "uom"} | {
    "sale_multiple",
    "price_unit",
    "list_price",
    "image_url",
    "category_id",
}


def encode_cursor(change_seq: int) -> str:
    return base64.urlsafe_b64encode(f"seq:{change_seq}".encode()).decode().rstrip("=")


# The largest change number a cursor may name: a 64-bit integer, the widest the databases compare against
# (SQLite cannot even bind a larger Python int: the query would fail with a 500).
MAX_CHANGE_SEQ = 2**63 - 1


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        prefix, _, value = text.partition(":")
        if prefix != "seq" or not (value.isascii() and value.isdigit()) or int(value) > MAX_CHANGE_SEQ:
            raise ValueError(cursor)
        return int(value)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise ApiError(422, "invalid_cursor", field="since") from None


def catalog_changes(session: Session, *, user: User, since: str | None, limit: int, language: str) -> dict[str, Any]:
    """Products changed after the cursor, in change order: live ones in ``items``, withdrawn ones in ``deleted``."""
    after = decode_cursor(since)
    answers = ProductRows(session, user=user, language=language, description=True)
    rows = answers.changed_after(after, limit=limit + 1)
    has_more = len(rows) > limit
    rows = rows[:limit]
    live, withdrawn = answers.feed(rows)
    return {
        "items": live,
        "deleted": withdrawn,
        "next_cursor": encode_cursor(rows[-1][-1] if rows else after),
        "has_more": has_more,
    }


def _touch(session: Session, product: Product) -> None:
    product.change_seq = allocate_change_seqs(session)
    product.search_keywords = search_keywords(
        sku=product.sku, mpn=product.mpn, name_fr=product.name_fr, name_en=product.name_en
    )
    session.flush()


def update_product(session: Session, *, sku: str, **changes: Any) -> Product:
    """Changes a product's fields; it then appears in the change feed after every earlier change."""
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    product = session.scalars(select(Product).where(Product.sku == sku)).one()
    for field, value in changes.items():
        setattr(product, field, value)
    _touch(session, product)
    return product


def delete_product(session: Session, *, sku: str) -> Product:
    """Withdraws a product from the catalog (kept for history); the feed lists it under ``deleted``."""
    product = session.scalars(select(Product).where(Product.sku == sku)).one()
    product.deleted = True
    _touch(session, product)
    return product
