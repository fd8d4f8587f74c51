"""Fixtures of the service's tests beyond the repo-wide ones: a real PostgreSQL server and catalog clients
on either database.

- ``postgres_server`` / ``postgres_url``: a PostgreSQL server started for the session (skipped, with the
  reason, when none can be started) and the URL of an empty database on it.
- ``postgres_demo_url``: a database on it migrated and loaded with the demo data (read-only use).
- ``postgres_live_server``: ``lumen-server`` with 3 worker processes on that demo database, for the session
  (tests that write there keep to what they create: their own carts and requests).
- ``postgres_api``: an HTTP client on it (``.database`` for set-up and inspection).
- ``catalog_api``: a client on the demo data, once on SQLite (in-process) and once on PostgreSQL (3 workers).
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient

from lumen_server.core.config import Settings
from lumen_server.core.db import Database
from lumen_server.testing import LiveServer
from tests.server.pg_server import PostgresServer, PostgresUnavailable

# Worker processes of the PostgreSQL service the tests talk to: several, so races cross processes.
POSTGRES_WORKERS = 3

_names = itertools.count(1)


@pytest.fixture(autouse=True)
def automatic_garbage_collection() -> None:
    """The service's tests run with the interpreter's own collector: a desktop test earlier in the same process
    may have moved collection to the GUI thread (``lumen_desktop.gui_gc``), whose timer no service test spins."""
    gc.enable()


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


class LiveClient(httpx.Client):
    """An HTTP client on a live service, with that service's database at hand (``client.database``)."""

    def __init__(self, server: LiveServer, database: Database) -> None:
        super().__init__(base_url=server.address, headers={"Accept-Language": "en"}, timeout=60)
        self.server = server
        self.database = database


@pytest.fixture(scope="session")
def postgres_live_server(postgres_demo_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """``lumen-server`` with several worker processes on the PostgreSQL demo database (shared by the session)."""
    folder = tmp_path_factory.mktemp("postgres-live-server")
    with LiveServer(folder / "lumen.db", database_url=postgres_demo_url, workers=POSTGRES_WORKERS) as server:
        yield server


@pytest.fixture(scope="session")
def postgres_api(postgres_live_server: LiveServer) -> Iterator[LiveClient]:
    """A client on the PostgreSQL service (shared by the session: tests only change what they create)."""
    database = Database(postgres_live_server.database_url, pool_size=2)
    with LiveClient(postgres_live_server, database) as client:
        yield client
    database.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def catalog_api(request: pytest.FixtureRequest) -> TestClient | LiveClient:
    """The demo service on SQLite, then on PostgreSQL (for read-only catalog tests)."""
    client: TestClient | LiveClient = request.getfixturevalue("api" if request.param == "sqlite" else "postgres_api")
    return client
