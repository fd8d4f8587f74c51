"""Order history and reorder."""

from __future__ import annotations

from .base import CallGroup, seg
from .cart import AddedToCart
from .parsing import integer, items
from .types import Page
from .types_orders import Order


class OrderCalls(CallGroup):
    def list(self, page: int = 1) -> Page[Order]:
        """``GET /orders?page=``: orders placed by me or approved from my requests."""
        data = self._client.get_json("/orders", {"page": page})
        rows = items(data, "items") if isinstance(data, dict) else items(data)
        return Page(
            items=[Order.from_json(o) for o in rows],
            total=integer(data, "total", len(rows)) if isinstance(data, dict) else len(rows),
            page=integer(data, "page", page) if isinstance(data, dict) else page,
            page_size=integer(data, "page_size", len(rows)) if isinstance(data, dict) else len(rows),
        )

    def get(self, number: str) -> Order:
        return Order.from_json(self._client.get_json(f"/orders/{seg(number)}"))

    def reorder(self, number: str) -> AddedToCart:
        """``POST /orders/{number}/reorder``: the order's lines go into the cart; withdrawn products are skipped."""
        return AddedToCart.from_json(self._client.send_json("POST", f"/orders/{seg(number)}/reorder"))
