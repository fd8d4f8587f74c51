"""Helpers for tests that need the real service: a demo database built once, and a live server process.

Used by the service's and the desktop's test suites (see the repo's ``conftest.py``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx

from lumen_common.child_process import free_port as free_port  # the tests' free port too
from lumen_common.child_process import stop_child
from lumen_server.core.config import Settings
from lumen_server.core.db import Database


def build_demo_database(path: Path) -> Path:
    """Migrates a new SQLite database at ``path`` and loads the demo data into it."""
    from lumen_server.cli import prepare_database

    path.parent.mkdir(parents=True, exist_ok=True)
    database = prepare_database(Settings(database_url=f"sqlite:///{path}", demo=True))
    database.dispose()
    return path


def copy_database(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "lumen.db"
    shutil.copyfile(template, target)
    return target


class LiveServer:
    """``lumen-server`` running as a child process on a free port, on its own SQLite database.

    ``stop()`` and ``start()`` restart it on the same port and database (a service outage, then recovery).
    With ``database_url`` (e.g. PostgreSQL) it serves that database instead; ``database``'s folder then only
    holds the log and the outbox. ``workers`` > 1 runs that many worker processes.
    """

    def __init__(
        self,
        database: Path,
        *,
        smtp_url: str | None = None,
        extra_env: dict[str, str] | None = None,
        database_url: str | None = None,
        workers: int = 1,
    ) -> None:
        self.database = database
        self.port = free_port()
        self.smtp_url = smtp_url
        self.outbox_dir = database.parent / "outbox"
        self.extra_env = extra_env or {}
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = database.parent / "server.log"
        self._database_url = database_url
        self.workers = workers

    @property
    def database_url(self) -> str:
        return self._database_url or f"sqlite:///{self.database}"

    @property
    def address(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.address}/api/v1"

    def start(self, timeout: float = 60.0) -> None:
        command = [sys.executable, "-m", "lumen_server", "--host", "127.0.0.1", "--port", str(self.port)]
        command += ["--database-url", self.database_url, "--outbox-dir", str(self.outbox_dir)]
        if self.smtp_url:
            command += ["--smtp-url", self.smtp_url]
        if self.workers > 1:
            command += ["--workers", str(self.workers)]
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("LUMEN_")} | self.extra_env
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        self._wait_until_healthy(timeout)

    def _wait_until_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"lumen-server exited early:\n{self.log_path.read_text(errors='replace')}")
            try:
                if httpx.get(f"{self.api_url}/health", timeout=1.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)  # polling a condition with a deadline, not timing a result
        raise TimeoutError(f"lumen-server did not answer within {timeout} s:\n{self.log_path.read_text()}")

    def stop(self) -> None:
        if self.process is None:
            return
        stop_child(self.process, grace=15)
        self.process = None

    def __enter__(self) -> LiveServer:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def database_for(path: Path) -> Database:
    return Database(f"sqlite:///{path}")


def bearer(client: httpx.Client, username: str, password: str | None = None) -> dict[str, str]:
    """Signs ``username`` in (demo password by default) and returns the Authorization header.

    ``client`` may have the service address or the API root (``…/api/v1``) as its base URL.
    """
    api_root = str(client.base_url).rstrip("/").endswith("/api/v1")
    response = client.post(
        "auth/token" if api_root else "/api/v1/auth/token",
        json={"username": username, "password": password or f"demo-{username}"},
    )
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}
