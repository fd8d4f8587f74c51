"""Lines a user sends (cart, templates, approval edits): parsing and the all-or-nothing check against the catalog.

Duplicates of one SKU in a list are merged (their quantities added, at the first one's position) rather than
refused: a material list exported from an estimating tool often names the same part twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt
from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.catalog.models import Product
from lumen_server.core.errors import ApiError, line_error
from lumen_server.core.fields import SingleLine

MAX_QUANTITY = 1_000_000
# One request may carry a whole material list, but not an unbounded one.
MAX_LINES = 1000


class LineIn(BaseModel):
    """One line as a client sends it; the quantity must be a JSON integer (not 1.5, "3" or true)."""

    model_config = ConfigDict(extra="forbid")

    sku: Annotated[str, Field(min_length=1, max_length=40), SingleLine]
    quantity: StrictInt


def quantity_problem(product: Product, quantity: int) -> tuple[str, dict[str, Any]] | None:
    """Why ``quantity`` of ``product`` cannot be ordered (a message code and its params), or None."""
    if quantity <= 0:
        return "quantity_not_positive", {}
    if quantity > MAX_QUANTITY:
        return "quantity_too_large", {"max": MAX_QUANTITY}
    if quantity % product.sale_multiple:
        return "not_a_multiple", {"multiple": product.sale_multiple}
    return None


def check_quantity(product: Product, quantity: int, *, field: str = "quantity") -> None:
    """Refuses (422 naming ``field``) a quantity that cannot be ordered for ``product``."""
    problem = quantity_problem(product, quantity)
    if problem is not None:
        code, params = problem
        raise ApiError(422, code, field=field, **params)


def products_by_sku(session: Session, skus: Sequence[str]) -> dict[str, Product]:
    """The products for sale among ``skus`` (deleted products are left out), in one query."""
    if not skus:
        return {}
    found = session.scalars(select(Product).where(Product.sku.in_(set(skus)), Product.deleted.is_(False)))
    return {product.sku: product for product in found}


def resolve_indexed_lines(session: Session, *, lines: Sequence[LineIn]) -> list[tuple[int, Product, int]]:
    """Like :func:`resolve_lines`, each merged line keeping the index of its first occurrence in ``lines``."""
    if len(lines) > MAX_LINES:
        raise ApiError(422, "too_many_lines", field="lines", max=MAX_LINES)
    products = products_by_sku(session, [line.sku for line in lines])
    errors: list[dict[str, Any]] = []
    merged: dict[str, tuple[int, Product, int]] = {}
    for index, line in enumerate(lines):
        product = products.get(line.sku)
        if product is None:
            errors.append(line_error(index, line.sku, "sku", "unknown_sku", product=line.sku))
            continue
        problem = quantity_problem(product, line.quantity)
        if problem is not None:
            code, params = problem
            errors.append(line_error(index, line.sku, "quantity", code, **params))
            continue
        first_index, _, previous = merged.get(line.sku, (index, product, 0))
        if previous + line.quantity > MAX_QUANTITY:
            # A duplicate pushed the merged quantity over the limit: name the line that did it.
            errors.append(line_error(index, line.sku, "quantity", "quantity_too_large", max=MAX_QUANTITY))
            continue
        merged[line.sku] = (first_index, product, previous + line.quantity)
    if errors:
        raise ApiError(422, "invalid_lines", field="lines", lines=errors)
    return list(merged.values())


def resolve_lines(session: Session, *, lines: Sequence[LineIn]) -> list[tuple[Product, int]]:
    """The products and quantities of ``lines``, or a 422 naming every bad line (nothing is half-applied)."""
    return [(product, quantity) for _, product, quantity in resolve_indexed_lines(session, lines=lines)]


def recheck_lines(session: Session, *, lines: Sequence[tuple[Product, int]]) -> list[tuple[Product, int]]:
    """Saved lines (a cart, a request) checked again against today's catalog before they become a request or an
    order: a product withdrawn since, or a new sale multiple, is refused like a line just sent (422 per line)."""
    return resolve_lines(session, lines=[LineIn(sku=product.sku, quantity=quantity) for product, quantity in lines])
