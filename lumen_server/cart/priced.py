"""Lines as the API shows them, priced only for a user who may see prices (contract invariant 1).

Every response with lines (cart, templates, orders, approval requests) is shaped here, so the rule "no price key
at all for a no-price user" lives in one place: price keys are added, never blanked.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from lumen_server.auth.models import User
from lumen_server.auth.permissions import can_see_prices
from lumen_server.catalog.models import Product
from lumen_server.catalog.pricing import net_prices
from lumen_server.core.i18n import Language
from lumen_server.core.money import extended, money, totals


def product_name(product: Product, language: Language) -> str:
    return product.name_fr if language == "fr" else product.name_en


def line_json(product: Product, quantity: int, language: Language) -> dict[str, Any]:
    """A line without any price: what every user may see."""
    return {
        "sku": product.sku,
        "name": product_name(product, language),
        "quantity": quantity,
        "uom": product.uom,
        "price_unit": product.price_unit,
        "sale_multiple": product.sale_multiple,
    }


def lines_json_at_prices(
    *,
    user: User,
    lines: Sequence[tuple[Product, int, Decimal]],
    province: str,
    language: Language,
    price_units: Sequence[int] | None = None,
) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """Lines at the given unit prices (per price_unit) and their totals; no price key for a no-price user.

    ``price_units`` overrides each product's current price_unit (an order keeps the one it was priced at).
    """
    shaped: list[dict[str, Any]] = []
    amounts: list[Decimal] = []
    for index, (product, quantity, unit_price) in enumerate(lines):
        line = line_json(product, quantity, language)
        if price_units is not None:
            line["price_unit"] = price_units[index]
        if can_see_prices(user):
            amount = extended(quantity, unit_price, line["price_unit"])
            line["unit_price"] = money(unit_price)
            line["extended"] = money(amount)
            amounts.append(amount)
        shaped.append(line)
    if not can_see_prices(user):
        return shaped, None
    return shaped, totals(amounts, province=province, language=language).as_json()


def priced_lines_json(
    session: Session, *, user: User, lines: Sequence[tuple[Product, int]], language: Language
) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """Lines at today's net prices for the user's customer, with ``{subtotal, taxes, total}`` (None: no prices)."""
    if not can_see_prices(user) or user.customer is None:
        return [line_json(product, quantity, language) for product, quantity in lines], None
    prices = net_prices(session, customer_id=user.customer.id, products=[product for product, _ in lines])
    return lines_json_at_prices(
        user=user,
        lines=[(product, quantity, prices[product.id]) for product, quantity in lines],
        province=user.customer.province,
        language=language,
    )
