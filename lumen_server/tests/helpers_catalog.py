"""Small helpers shared by the auth and catalog tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lumen_server.core.db import Database

API = "/api/v1"
PRICE_WORDS = ("price", "amount", "total", "subtotal", "tax", "extended")
# A contract field that names a unit, not money: every user gets it.
NOT_MONEY = {"price_unit"}


def all_keys(value: Any) -> Iterator[str]:
    """Every key of every object anywhere in a JSON document."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield key
            yield from all_keys(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from all_keys(inner)


def price_keys(value: Any) -> list[str]:
    """Keys that look like money (``price_unit`` is a unit, not money)."""
    return [k for k in all_keys(value) if k not in NOT_MONEY and any(word in k.lower() for word in PRICE_WORDS)]


def sign_in(client: Any, username: str, password: str | None = None) -> dict[str, Any]:
    response = client.post(f"{API}/auth/token", json={"username": username, "password": password or f"demo-{username}"})
    assert response.status_code == 200, response.text
    return response.json()


def auth(tokens: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {tokens['access_token']}"}


def database_of(client: Any) -> Database:
    """The service's own database object, to set up or inspect what the HTTP API cannot."""
    return client.app.state.database
