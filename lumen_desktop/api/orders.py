"""Order history and reorder."""

from __future__ import annotations

from .base import CallGroup, seg
from .cart import AddedToCart
from .model import parse
from .types import Page
from .types_orders import Order


class OrderCalls(CallGroup):
    def list(self, page: int = 1) -> Page[Order]:
        """``GET /orders?page=``: orders placed by me or approved from my requests."""
        return parse(Page[Order], self._client.get_json("/orders", {"page": page}))

    def get(self, number: str) -> Order:
        return Order.from_json(self._client.get_json(f"/orders/{seg(number)}"))

    def reorder(self, number: str) -> AddedToCart:
        """``POST /orders/{number}/reorder``: the order's lines go into the cart; withdrawn products are skipped."""
        return AddedToCart.from_json(self._client.send_json("POST", f"/orders/{seg(number)}/reorder"))
