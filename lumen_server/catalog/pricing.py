"""What a customer pays: their contract price where one exists, otherwise the list price (per price_unit)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.catalog.models import ContractPrice, Product


def net_prices(session: Session, *, customer_id: int, products: Iterable[Product]) -> dict[int, Decimal]:
    """Net price per product id for this customer, in one query for all the products given."""
    products = list(products)
    if not products:
        return {}
    contract = dict(
        session.execute(
            select(ContractPrice.product_id, ContractPrice.price).where(
                ContractPrice.customer_id == customer_id,
                ContractPrice.product_id.in_([p.id for p in products]),
            )
        ).all()
    )
    return {p.id: net_price(list_price=p.list_price, contract_price=contract.get(p.id)) for p in products}


def net_price(*, list_price: Decimal, contract_price: Decimal | None) -> Decimal:
    """The customer's contract price where they have one, otherwise the list price."""
    return list_price if contract_price is None else contract_price
