"""Catalog: categories, product search, details, and the change feed for a local catalog copy.
Names and descriptions come back in ``client.language``."""

from __future__ import annotations

from urllib.parse import urljoin

import requests

from .base import CallGroup, seg
from .model import items_of, parse
from .types import CatalogChanges, Category, Page, Product


class CatalogCalls(CallGroup):
    def categories(self) -> list[Category]:
        """``GET /categories``: the tree's roots (a bare list or ``{"items": [...]}`` both accepted)."""
        return [Category.from_json(node) for node in items_of(self._client.get_json("/categories"))]

    def search(self, q: str = "", category: str | None = None, page: int = 1, page_size: int = 50) -> Page[Product]:
        """``GET /products?q=&category=&page=&page_size=``."""
        data = self._client.get_json("/products", {"q": q, "category": category, "page": page, "page_size": page_size})
        return parse(Page[Product], data)

    def product(self, sku: str) -> Product:
        """``GET /products/{sku}``: details with stock per branch (and price when allowed)."""
        return Product.from_json(self._client.get_json(f"/products/{seg(sku)}"))

    def changes(self, since: str | None = None, limit: int | None = None) -> CatalogChanges:
        """``GET /catalog/changes``: everything changed since the cursor (None = from the start)."""
        return CatalogChanges.from_json(self._client.get_json("/catalog/changes", {"since": since, "limit": limit}))

    def image(self, url: str, timeout: float = 10.0) -> bytes:
        """The bytes of a product's ``image_url`` (absolute, or relative to the service address). Fetched
        outside the API transport on purpose: a missing or slow image server raises ``requests`` errors, which
        never mark the Lumen service itself as unreachable."""
        absolute = url if "://" in url else urljoin(self._client.address + "/", url.lstrip("/"))
        response = requests.get(absolute, timeout=timeout)
        response.raise_for_status()
        return response.content
