"""The demo catalog: the category tree, ~2,600 generated products, stock at every branch and the contract
prices of customer 100234 (about 30 % of products under list price). Deterministic: same data every time."""

from __future__ import annotations

import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.catalog.bulk import insert_contract_prices, insert_products, insert_stock
from lumen_server.customers.models import Customer
from lumen_server.demo.products import generate_products
from lumen_server.demo.products.categories import ensure_categories

CONTRACT_CUSTOMER = "100234"
CONTRACT_SHARE = 0.3
FIRST_SKU = 100001


def demo_sku(index: int) -> str:
    """Lumen's own article number: "LU-100001", "LU-100002"..."""
    return f"LU-{FIRST_SKU + index}"


def load_demo_catalog(session: Session) -> None:
    rng = random.Random(100234)
    ensure_categories(session)
    specs = generate_products()
    product_ids = insert_products(session, specs, [demo_sku(i) for i in range(len(specs))])
    insert_stock(session, rng, specs, product_ids)
    customer_id = session.scalar(select(Customer.id).where(Customer.number == CONTRACT_CUSTOMER))
    if customer_id is not None:
        insert_contract_prices(
            session, rng, customer_id=customer_id, specs=specs, product_ids=product_ids, share=CONTRACT_SHARE
        )
