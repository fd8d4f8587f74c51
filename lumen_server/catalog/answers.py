"""Products as JSON dicts in the caller's language; the price key is added only for users who may see prices."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.auth.models import User
from lumen_server.auth.permissions import can_see_prices
from lumen_server.catalog.models import Product, Stock
from lumen_server.catalog.pricing import net_prices
from lumen_server.core.money import money
from lumen_server.customers.models import Branch


def localized(item: Any, field: str, language: str) -> str:
    return str(getattr(item, f"{field}_{language}"))


def product_json(
    product: Product, *, language: str, price: Decimal | None, description: bool = False
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "sku": product.sku,
        "mpn": product.mpn,
        "upc": product.upc,
        "brand": product.brand,
        "name": localized(product, "name", language),
        "category": {"id": product.category.code, "name": localized(product.category, "name", language)},
        "uom": product.uom,
        "sale_multiple": product.sale_multiple,
        "price_unit": product.price_unit,
        "image_url": product.image_url,
    }
    if description:
        data["description"] = localized(product, "description", language)
    if price is not None:
        data["price"] = money(price)
    return data


def prices_for(session: Session, *, user: User, products: Sequence[Product]) -> dict[int, Decimal]:
    """Net prices for a user who may see them; an empty dict for anyone else (so no price is ever added)."""
    if not can_see_prices(user) or user.customer_id is None:
        return {}
    return net_prices(session, customer_id=user.customer_id, products=products)


def stock_json(branch: Branch, quantity: int) -> dict[str, Any]:
    return {"branch": {"code": branch.code, "name": branch.name}, "quantity": quantity}


def home_stock(session: Session, *, user: User, products: Sequence[Product]) -> dict[int, dict[str, Any]]:
    """Stock at the user's home branch per product id (quantity 0 when no stock row exists)."""
    home_id = user.customer.home_branch_id if user.customer else None
    if home_id is None or not products:
        return {}
    branch = session.get(Branch, home_id)
    assert branch is not None
    quantities = dict(
        session.execute(
            select(Stock.product_id, Stock.quantity).where(
                Stock.branch_id == home_id, Stock.product_id.in_([p.id for p in products])
            )
        ).all()
    )
    return {p.id: stock_json(branch, quantities.get(p.id, 0)) for p in products}


def all_stock(session: Session, *, user: User, product: Product) -> list[dict[str, Any]]:
    """Every branch's stock for the product, the user's home branch first, then by branch name."""
    home_id = user.customer.home_branch_id if user.customer else None
    rows = session.execute(
        select(Branch, Stock.quantity).outerjoin(
            Stock, (Stock.branch_id == Branch.id) & (Stock.product_id == product.id)
        )
    ).all()
    ordered = sorted(rows, key=lambda row: (row[0].id != home_id, row[0].name))
    return [stock_json(branch, quantity or 0) for branch, quantity in ordered]
