"""The catalog's read rules: the category tree, product search pages and product details."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.auth.models import User
from lumen_server.catalog import messages as _messages  # noqa: F401  (registers the domain's messages)
from lumen_server.catalog.answers import ProductRows, all_stock, localized
from lumen_server.catalog.models import Category
from lumen_server.catalog.search import search_product_ids
from lumen_server.core.errors import ApiError


def category_tree(session: Session, *, language: str) -> list[dict[str, Any]]:
    categories = list(session.scalars(select(Category).order_by(Category.position, Category.id)))
    nodes: dict[int, dict[str, Any]] = {
        c.id: {"id": c.code, "name": localized(c, "name", language), "children": []} for c in categories
    }
    roots: list[dict[str, Any]] = []
    for category in categories:
        parent = nodes.get(category.parent_id) if category.parent_id else None
        siblings: list[dict[str, Any]] = parent["children"] if parent else roots
        siblings.append(nodes[category.id])
    return roots


def category_with_descendants(session: Session, *, code: str) -> set[int]:
    """The ids of the category and everything under it; 422 ``unknown_category`` if there is none."""
    rows = session.execute(select(Category.id, Category.parent_id, Category.code)).all()
    start = next((row.id for row in rows if row.code == code), None)
    if start is None:
        raise ApiError(422, "unknown_category", field="category")
    children: dict[int, list[int]] = {}
    for row in rows:
        if row.parent_id is not None:
            children.setdefault(row.parent_id, []).append(row.id)
    found, pending = set(), [start]
    while pending:
        current = pending.pop()
        if current not in found:
            found.add(current)
            pending.extend(children.get(current, []))
    return found


def search_products(
    session: Session, *, user: User, q: str, category: str | None, page: int, page_size: int, language: str
) -> dict[str, Any]:
    """One page of products matching ``q`` (every word, as word or prefix) within ``category`` and below."""
    category_ids = category_with_descendants(session, code=category) if category else None
    found = search_product_ids(
        session, q=q, category_ids=category_ids, language=language, offset=(page - 1) * page_size, limit=page_size
    )
    # A list shows no description: the two long texts and the index's keywords stay in the database.
    items = ProductRows(session, user=user, language=language).by_ids(found.ids, stock_here=True)
    return {
        "items": items,
        "total": found.total,
        "results_capped": found.results_capped,
        "page": page,
        "page_size": page_size,
    }


def product_details(session: Session, *, user: User, sku: str, language: str) -> dict[str, Any]:
    found = ProductRows(session, user=user, language=language, description=True).by_sku(sku)
    if found is None:
        raise ApiError(404, "unknown_product", field="sku")
    product_id, data = found
    data["stock"] = all_stock(session, user=user, product_id=product_id)
    return data
