"""Fixtures of the approval and account stories: demo people signed in, products, the outbox, an SMTP sink."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from lumen_server.core.config import Settings
from lumen_server.core.db import Database
from lumen_server.testing import LiveServer, bearer, database_for, free_port
from tests.server.helpers_catalog import database_of
from tests.server.workflow.support import MailSink, Person, outbox, start_mail_sink


@pytest.fixture
def sign_in(api: TestClient) -> Callable[..., Person]:
    """``sign_in("marie.tremblay")``: that demo user (or any user, given the password), signed in."""

    def signed_in(username: str, password: str | None = None) -> Person:
        return Person(username, api, bearer(api, username, password))

    return signed_in


@pytest.fixture
def database(api: TestClient) -> Database:
    return database_of(api)


@pytest.fixture
def sent_mail(api_settings: Settings) -> Callable[[], list[EmailMessage]]:
    """The messages the in-process service has written to its outbox so far (no SMTP configured)."""
    folder: Path = api_settings.resolved_outbox_dir
    return lambda: outbox(folder)


@pytest.fixture(params=["sqlite", "postgresql"])
def running_service(request: pytest.FixtureRequest) -> Iterator[tuple[LiveServer, Database]]:
    """The shared live service on SQLite; or the shared one on PostgreSQL with several worker processes."""
    server: LiveServer = request.getfixturevalue("live_server" if request.param == "sqlite" else "postgres_live_server")
    database = database_for(server.database) if request.param == "sqlite" else Database(server.database_url)
    yield server, database
    database.dispose()


@pytest.fixture
def mail_sink() -> Iterator[MailSink]:
    sink, controller = start_mail_sink(free_port())
    try:
        yield sink
    finally:
        controller.stop()
