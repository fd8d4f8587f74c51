"""``lumen-desktop --demo``: the Lumen service as a child process on a free local port, with the demo data.

The SQLite database lives in the user's data folder (``platformdirs``) and is kept between runs — the service's
``--demo`` only loads data into an empty database. ``wait_until_healthy`` blocks: run it in an ``Op``.
The service's output goes to ``service.log`` beside the database. ``restart_if_dead`` (called every few seconds
by the app, off the GUI thread) reaps a child that died and starts it again on the same port, so the window
simply reconnects.
"""

from __future__ import annotations

import importlib.util
import signal
import subprocess
import sys
import time
from pathlib import Path

from lumen_common.child_process import free_port, stop_child

from .api import ApiClient, ApiError, ServiceUnreachable
from .paths import user_data_dir

# What ``python -m lumen_server`` imports: the package and the "server" extra (lumen[server]).
SERVICE_MODULES = ("lumen_server", "fastapi", "uvicorn", "alembic", "pydantic_settings", "argon2", "email_validator")


def missing_service_packages() -> list[str]:
    """The service's modules this Python cannot import (none when "lumen[desktop,server]" is installed)."""
    return [name for name in SERVICE_MODULES if importlib.util.find_spec(name) is None]


def demo_data_dir() -> Path:
    return user_data_dir() / "demo"


_LINUX = sys.platform.startswith("linux")
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child, before exec: the kernel sends it SIGTERM if the app dies, even killed outright."""
    import ctypes

    ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class DemoService:
    def __init__(self, data_dir: Path | None = None, port: int | None = None) -> None:
        self.data_dir = data_dir or demo_data_dir()
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.restarts = 0

    @property
    def address(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "service.log"

    def start(self) -> None:
        """Launches the service (returns at once; then ``wait_until_healthy``)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        database_url = f"sqlite:///{self.data_dir / 'lumen.db'}"
        command = [
            sys.executable,
            "-m",
            "lumen_server",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--database-url",
            database_url,
            "--demo",
        ]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent if _LINUX else None
            )

    def wait_until_healthy(self, timeout: float = 90.0) -> None:
        """Blocks until ``GET /api/v1/health`` answers; raises if the child exits or the time runs out."""
        client = ApiClient(self.address, retries=0)  # this loop is the retry
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                if self.process is None or self.process.poll() is not None:
                    raise RuntimeError(f"the demo service stopped; see {self.log_path}")
                try:
                    client.health(timeout=1.0)
                    return
                except (ServiceUnreachable, ApiError):
                    time.sleep(0.2)  # a worker thread polling a child process, not the GUI
        finally:
            client.close()
        raise TimeoutError(f"the demo service did not answer within {timeout:.0f} s; see {self.log_path}")

    def restart_if_dead(self) -> bool:
        """Reaps the child if it exited and starts it again (same port, same data); True when it did."""
        process = self.process
        if process is None or process.poll() is None:  # poll() reaps an exited child: no zombie is left
            return False
        self.restarts += 1
        with self.log_path.open("ab") as log:
            log.write(f"[lumen-desktop] the demo service exited ({process.returncode}); starting it again\n".encode())
        self.start()
        return True

    def stop(self) -> None:
        """Stops the child (terminate, then kill after 10 s)."""
        if self.process is None:
            return
        stop_child(self.process, grace=10)
        self.process = None
