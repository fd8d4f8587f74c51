"""Fixtures of the cart and order stories: demo people signed in, and the demo catalog's products.

Signing in verifies an argon2 hash, slow on purpose; so every demo person signs in once per test session,
through ``POST /auth/token`` on a copy of the demo database, and each test's fresh database is copied from
that one, their sessions already open.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from lumen_server.app import create_app
from lumen_server.core.config import Settings
from lumen_server.core.db import Database
from lumen_server.demo.people import USERS
from lumen_server.testing import bearer, copy_database
from tests.server.cart_orders.support import Catalog
from tests.server.helpers_catalog import database_of
from tests.server.support import Person

TOKENS = "demo-sign-ins.json"


@pytest.fixture(scope="session")
def demo_template(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database in which every demo person has already signed in (headers saved beside it)."""
    database = copy_database(demo_template, tmp_path_factory.mktemp("signed-in-demo"))
    # Access tokens that outlive the test session: every copy of this database serves them.
    settings = Settings(database_url=f"sqlite:///{database}", access_token_minutes=24 * 60)
    with TestClient(create_app(settings)) as client:
        headers = {user.username: bearer(client, user.username) for user in USERS}
    (database.parent / TOKENS).write_text(json.dumps(headers))
    return database


@pytest.fixture(scope="session")
def signed_in_headers(demo_template: Path) -> dict[str, dict[str, str]]:
    headers: dict[str, dict[str, str]] = json.loads((demo_template.parent / TOKENS).read_text())
    return headers


@pytest.fixture
def sign_in(api: TestClient, signed_in_headers: dict[str, dict[str, str]]) -> Callable[[str], Person]:
    """``sign_in("marie.tremblay")``: that demo user, signed in (with their demo password, once per session)."""

    def signed_in(username: str) -> Person:
        return Person(username, api, signed_in_headers[username])

    return signed_in


@pytest.fixture
def database(api: TestClient) -> Database:
    return database_of(api)


@pytest.fixture
def catalog(database: Database) -> Catalog:
    return Catalog(database)
