"""``lumen-server seed-catalog --products N``: N more generated products (benchmarks, load tests).

Re-uses the demo's product rules with new SKUs ("LS-0000001"…, continuing after the last seeded one, so
running it twice never collides), part-number suffixes, UPCs and prices; inserted in chunks with stock.
"""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from lumen_server.catalog.bulk import CHUNK, insert_products, insert_stock
from lumen_server.catalog.models import Product
from lumen_server.demo.products import generate_products
from lumen_server.demo.products.categories import ensure_categories
from lumen_server.demo.products.common import make_upc

SKU_PREFIX = "LS-"


def _next_serial(session: Session) -> int:
    # Fixed-width numbers: the greatest SKU string is the greatest number.
    last = session.scalar(select(func.max(Product.sku)).where(Product.sku.startswith(SKU_PREFIX)))
    return int(last[len(SKU_PREFIX) :]) + 1 if last else 1


def seed_catalog(session: Session, *, products: int) -> int:
    """Adds ``products`` generated products with stock at every branch; returns how many were added."""
    if products <= 0:
        return 0
    ensure_categories(session)
    templates = generate_products()
    first = _next_serial(session)
    rng = random.Random(first)
    for start in range(0, products, CHUNK):
        serials = range(first + start, first + min(products, start + CHUNK))
        specs = []
        for serial in serials:
            template = templates[serial % len(templates)]
            factor = Decimal(str(round(rng.uniform(0.85, 1.2), 3)))
            specs.append(
                replace(
                    template,
                    mpn=f"{template.mpn}-S{serial}",
                    upc=make_upc(700000 + serial // 100_000, serial % 100_000),
                    list_price=(template.list_price * factor).quantize(Decimal("0.01")),
                )
            )
        ids = insert_products(session, specs, [f"{SKU_PREFIX}{serial:07d}" for serial in serials])
        insert_stock(session, rng, specs, ids)
    if session.get_bind().dialect.name == "sqlite":
        # Rows written one by one through the triggers leave the full-text index in many small segments, which every
        # query probes (~1 ms of CPU a new query on 100,000 products): merged into one here (~2 s for 100,000).
        session.execute(text("INSERT INTO product_search(product_search) VALUES ('optimize')"))
    return products
