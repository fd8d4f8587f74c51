"""Desktop test fixtures on top of the repo's ``live_server``/``fresh_server`` (a real lumen_server process).

- ``settings``: preferences in a throw-away INI file (never the user's real QSettings).
- ``memory_keyring`` / ``no_keyring``: a working in-memory keyring (``lumen_desktop.testing.MemoryKeyring``), or
  keyring's own ``fail.Keyring``.
- ``make_client(server, language)``: an ``ApiClient`` of the test's own, closed after the test.
- ``make_ctx(server)``: an ``AppContext`` pointed at a server, in English; torn down after the test (pending ops
  delivered, translators removed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings

from lumen_desktop import ops
from lumen_desktop.api import ApiClient
from lumen_desktop.context import AppContext
from lumen_desktop.settings import Settings
from lumen_desktop.testing import MemoryKeyring
from lumen_server.testing import LiveServer


@pytest.fixture(autouse=True)
def user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Local stores and the demo database go to a throw-away folder, never the tester's own data folder."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "lumen-desktop.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]  # keyring has no annotations
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def make_client() -> Iterator[Callable[..., ApiClient]]:
    """``make_client(server, language)``: an API client of the test's own (not the app's), closed after the test."""
    made: list[ApiClient] = []

    def make(server: LiveServer, language: str = "en") -> ApiClient:
        client = ApiClient(server.address, language=language)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def make_ctx(qtbot, settings: Settings) -> Iterator[Callable[..., AppContext]]:
    made: list[AppContext] = []

    def make(server: LiveServer | None = None, language: str = "en") -> AppContext:
        settings.language = language
        if server is not None:
            settings.service_address = server.address
        ctx = AppContext(settings)
        made.append(ctx)
        return ctx

    yield make
    qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=20_000)
    for ctx in made:
        ctx.connection.report_reachable()
        ctx.i18n.uninstall()
        ctx.client.close()
    # No app-wide hook may outlive the test: a QObject left for interpreter shutdown can crash PySide6.
    ops.hooks.connection = None
    ops.hooks.session_expired = None
