"""Fixtures of the service's tests beyond the repo-wide ones: a real PostgreSQL server and catalog clients
on either database.

- ``postgres_server`` / ``postgres_url``: a PostgreSQL server started for the session (skipped, with the
  reason, when none can be started) and the URL of an empty database on it.
- ``postgres_demo_url``: a database on it migrated and loaded with the demo data (read-only use).
- ``catalog_api``: a TestClient on the demo data, once on SQLite and once on PostgreSQL.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from lumen_server.app import create_app
from lumen_server.core.config import Settings
from tests.server.pg_server import PostgresServer, PostgresUnavailable

_names = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        server = PostgresServer()
    except PostgresUnavailable as why:
        pytest.skip(f"PostgreSQL is not available: {why}")
    try:
        server.start()
    except PostgresUnavailable as why:
        server.stop()
        pytest.skip(f"PostgreSQL could not be started: {why}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> str:
    """An empty database on the session's PostgreSQL server."""
    return postgres_server.create_database("lumen_empty")


@pytest.fixture
def fresh_postgres_url(postgres_server: PostgresServer) -> str:
    """A new empty database for one test."""
    return postgres_server.create_database(f"lumen_test_{next(_names)}")


@pytest.fixture(scope="session")
def postgres_demo_url(postgres_server: PostgresServer) -> str:
    from lumen_server.cli import prepare_database

    url = postgres_server.create_database("lumen_demo")
    prepare_database(Settings(database_url=url, demo=True)).dispose()
    return url


@pytest.fixture(scope="session")
def postgres_api(postgres_demo_url: str) -> Iterator[TestClient]:
    """The service on the PostgreSQL demo database (shared by the session: read-only tests only)."""
    with TestClient(create_app(Settings(database_url=postgres_demo_url)), headers={"Accept-Language": "en"}) as client:
        yield client


@pytest.fixture(params=["sqlite", "postgresql"])
def catalog_api(request: pytest.FixtureRequest) -> TestClient:
    """The demo service on SQLite, then on PostgreSQL (for read-only catalog tests)."""
    return request.getfixturevalue("api" if request.param == "sqlite" else "postgres_api")
