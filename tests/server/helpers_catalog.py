"""Small helpers shared by the auth and catalog tests."""

from __future__ import annotations

from typing import Any

from lumen_server.core.db import Database

API = "/api/v1"


def sign_in(client: Any, username: str, password: str | None = None) -> dict[str, Any]:
    response = client.post(f"{API}/auth/token", json={"username": username, "password": password or f"demo-{username}"})
    assert response.status_code == 200, response.text
    return response.json()


def auth(tokens: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {tokens['access_token']}"}


def database_of(client: Any) -> Database:
    """The service's own database object (in-process) or its database (live), to set up or inspect what the HTTP
    API cannot."""
    return client.database if hasattr(client, "database") else client.app.state.database
