"""Helpers every service test suite shares: a signed-in person over HTTP, and the money-key detector."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from fastapi.testclient import TestClient

# Keys naming money: a price, an amount, a subtotal, a total, a tax, an extended amount.
MONEY_WORDS = ("price", "amount", "total", "tax", "extended")
# Keys the contract names that hold no money although their name says so: the unit a price is for (1, 100, 1000)
# and whether the user may see prices (GET /me).
NOT_MONEY = {"price_unit", "can_see_prices"}


def price_keys_in(document: Any, path: str = "$") -> list[str]:
    """Every place in a JSON document where a key names money. A page's ``total`` (how many items, an integer
    beside ``page``) is a count; money is always a JSON string."""
    found: list[str] = []
    if isinstance(document, dict):
        for key, value in document.items():
            is_count = key == "total" and type(value) is int and "page" in document
            if key not in NOT_MONEY and not is_count and any(word in key.lower() for word in MONEY_WORDS):
                found.append(f"{path}.{key}")
            found += price_keys_in(value, f"{path}.{key}")
    elif isinstance(document, list):
        for index, item in enumerate(document):
            found += price_keys_in(item, f"{path}[{index}]")
    return found


@dataclass
class Person:
    """Someone signed in to the service: ``person.get("/cart")`` and so on; paths are under /api/v1."""

    username: str
    client: TestClient | httpx.Client
    headers: dict[str, str]

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = self.headers | kwargs.pop("headers", {})
        return self.client.request(method, f"/api/v1{path}", headers=headers, **kwargs)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", path, **kwargs)

    def patch(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PATCH", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", path, **kwargs)

    def cart(self) -> dict[str, Any]:
        response = self.get("/cart")
        assert response.status_code == 200, response.text
        cart: dict[str, Any] = response.json()
        return cart

    def fill_cart(self, *lines: tuple[str, int]) -> dict[str, Any]:
        response = self.post("/cart/lines", json={"lines": [{"sku": sku, "quantity": q} for sku, q in lines]})
        assert response.status_code == 200, response.text
        cart: dict[str, Any] = response.json()
        return cart
