"""Fast insertion of many generated products (demo catalog, ``seed-catalog``): one executemany per chunk."""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from lumen_server.catalog.keywords import search_keywords
from lumen_server.catalog.models import Category, ContractPrice, Product, Stock
from lumen_server.catalog.sequence import allocate_change_seqs
from lumen_server.customers.models import Branch
from lumen_server.demo.products.common import ProductSpec

CHUNK = 5000


def category_ids(session: Session) -> dict[str, int]:
    return dict(session.execute(select(Category.code, Category.id)).all())


def insert_products(session: Session, specs: Sequence[ProductSpec], skus: Sequence[str]) -> list[int]:
    """Inserts the products with the given SKUs (same order); returns their ids. Categories must exist."""
    categories = category_ids(session)
    first_seq = allocate_change_seqs(session, len(specs))
    ids: list[int] = []
    for start in range(0, len(specs), CHUNK):
        rows = [
            {
                "sku": sku,
                "mpn": spec.mpn,
                "upc": spec.upc,
                "brand": spec.brand,
                "name_fr": spec.name_fr,
                "name_en": spec.name_en,
                "description_fr": spec.description_fr,
                "description_en": spec.description_en,
                "category_id": categories[spec.category],
                "uom": spec.uom,
                "sale_multiple": spec.sale_multiple,
                "price_unit": spec.price_unit,
                "list_price": spec.list_price,
                "image_url": None,
                "deleted": False,
                "change_seq": first_seq + start + offset,
                "search_keywords": search_keywords(sku=sku, mpn=spec.mpn, name_fr=spec.name_fr, name_en=spec.name_en),
            }
            for offset, (spec, sku) in enumerate(
                zip(specs[start : start + CHUNK], skus[start : start + CHUNK], strict=True)
            )
        ]
        statement = insert(Product).returning(Product.id, sort_by_parameter_order=True)
        ids.extend(session.scalars(statement, rows).all())
    return ids


def _quantity(rng: random.Random, spec: ProductSpec) -> int:
    if rng.random() < 0.18:
        return 0
    if spec.uom == "ft":
        return (
            spec.sale_multiple * rng.randint(1, 4000 // spec.sale_multiple)
            if spec.sale_multiple > 1
            else rng.randint(50, 5000)
        )
    if spec.uom == "roll":
        return rng.randint(1, 40)
    if spec.sale_multiple > 1:
        return spec.sale_multiple * rng.randint(1, 30)
    return rng.randint(1, 250)


def insert_stock(
    session: Session, rng: random.Random, specs: Sequence[ProductSpec], product_ids: Sequence[int]
) -> None:
    """Stock of every product at every branch (some at zero)."""
    branch_ids = list(session.scalars(select(Branch.id).order_by(Branch.id)))
    rows = [
        {"branch_id": branch_id, "product_id": product_id, "quantity": _quantity(rng, spec)}
        for spec, product_id in zip(specs, product_ids, strict=True)
        for branch_id in branch_ids
    ]
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(Stock), rows[start : start + CHUNK])


def insert_contract_prices(
    session: Session,
    rng: random.Random,
    *,
    customer_id: int,
    specs: Sequence[ProductSpec],
    product_ids: Sequence[int],
    share: float,
) -> None:
    """Negotiated prices 8 % to 28 % under list on about ``share`` of the products."""
    rows = []
    for spec, product_id in zip(specs, product_ids, strict=True):
        if rng.random() >= share:
            continue
        discounted = (spec.list_price * Decimal(str(round(rng.uniform(0.72, 0.92), 3)))).quantize(Decimal("0.01"))
        if discounted < spec.list_price:
            rows.append({"customer_id": customer_id, "product_id": product_id, "price": discounted})
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(ContractPrice), rows[start : start + CHUNK])
