"""Fixtures shared by the service's and the desktop's tests: the demo database and the real service.

- ``demo_template``: a demo SQLite database built through the migrations once per test session.
- ``api``: an HTTP client on the service app (in-process ASGI) over a fresh copy of the demo database.
- ``live_server``: ``lumen-server`` as a real process on a free port, shared by a test session.
- ``fresh_server``: the same, started for one test on an untouched copy of the demo database.

Before any test imports the desktop app, its Qt resources are compiled again if a ``.ts``, an icon or the
``.qrc`` changed since ``scripts/setup`` (so ``pytest`` alone sees an edited translation).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import setup
from lumen_server.app import create_app
from lumen_server.core.config import Settings
from lumen_server.testing import LiveServer, build_demo_database, copy_database


def pytest_configure(config: pytest.Config) -> None:
    setup.compile_resources()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_database(tmp_path_factory.mktemp("demo-template") / "lumen.db")


@pytest.fixture
def demo_database(demo_template: Path, tmp_path: Path) -> Path:
    return copy_database(demo_template, tmp_path / "service")


@pytest.fixture
def api_settings(demo_database: Path) -> Settings:
    return Settings(database_url=f"sqlite:///{demo_database}", outbox_dir=demo_database.parent / "outbox")


@pytest.fixture
def api(api_settings: Settings) -> Iterator[TestClient]:
    """The service in-process; requests carry ``Accept-Language: en`` unless a test says otherwise."""
    with TestClient(create_app(api_settings), headers={"Accept-Language": "en"}) as client:
        yield client


@pytest.fixture(scope="session")
def live_server(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    database = copy_database(demo_template, tmp_path_factory.mktemp("live-server"))
    with LiveServer(database) as server:
        yield server


@pytest.fixture
def fresh_server(demo_template: Path, tmp_path: Path) -> Iterator[LiveServer]:
    with LiveServer(copy_database(demo_template, tmp_path / "fresh-server")) as server:
        yield server
