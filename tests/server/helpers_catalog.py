"""Small helpers shared by the auth and catalog tests."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from lumen_server.core.db import Database

if TYPE_CHECKING:
    from tests.server.conftest import LiveClient

API = "/api/v1"


def sign_in(client: Any, username: str, password: str | None = None) -> dict[str, Any]:
    response = client.post(f"{API}/auth/token", json={"username": username, "password": password or f"demo-{username}"})
    assert response.status_code == 200, response.text
    tokens: dict[str, Any] = response.json()
    return tokens


def auth(tokens: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {tokens['access_token']}"}


def search(client: Any, headers: dict[str, str], **params: Any) -> dict[str, Any]:
    """``GET /products`` with ``params``: the page of results (a 200)."""
    response = client.get(f"{API}/products", headers=headers, params=params)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return page


def database_of(client: TestClient | LiveClient) -> Database:
    """The service's own database object (in-process) or its database (live), to set up or inspect what the HTTP
    API cannot."""
    if not isinstance(client, TestClient):
        return client.database
    app = client.app
    assert isinstance(app, FastAPI), "an in-process client runs the service's app"
    database: Database = app.state.database
    return database
