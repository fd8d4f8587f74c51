"""Rule-based generation of real-looking electrical products (French and English), deterministic for a seed."""

from __future__ import annotations

import random

from lumen_server.demo.products import conduit, devices, distribution, lighting, supplies, tools, wire
from lumen_server.demo.products.common import ProductSpec, make_upc

FAMILIES = (wire, conduit, distribution, devices, lighting, tools, supplies)


def brand_prefix(brand: str) -> int:
    """A stable 6-digit GS1 company prefix per brand (the demo's, not the real one)."""
    return 600000 + sum((i + 1) * ord(c) for i, c in enumerate(brand)) % 400000


def generate_products(seed: int = 2026) -> list[ProductSpec]:
    """Every product of the demo catalog, each with a UPC unique within its brand; same seed, same catalog."""
    rng = random.Random(seed)
    products: list[ProductSpec] = []
    for family in FAMILIES:
        products.extend(family.generate(rng))
    per_brand: dict[str, int] = {}
    with_upcs = []
    for product in products:
        item = per_brand.get(product.brand, 10000) + 1
        per_brand[product.brand] = item
        with_upcs.append(product.with_upc(make_upc(brand_prefix(product.brand), item)))
    return with_upcs


__all__ = ["ProductSpec", "generate_products"]
