"""A throw-away PostgreSQL server for the tests, run from Debian's binaries (skipped when there are none).

PostgreSQL refuses to run as root, so as root the cluster belongs to the ``postgres`` system user and every
server command runs through ``runuser -u postgres --``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from lumen_server.testing import free_port


class PostgresUnavailable(RuntimeError):
    """Why no server could be started (the tests needing it are skipped with this reason)."""


def find_bindir() -> Path:
    candidates = sorted(
        (Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin") if Path(p, "initdb").exists()),
        key=lambda p: float(p.parent.name) if p.parent.name.replace(".", "").isdigit() else 0.0,
    )
    if candidates:
        return candidates[-1]
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    raise PostgresUnavailable("no PostgreSQL binaries (initdb, pg_ctl) found")


class PostgresServer:
    def __init__(self) -> None:
        self.bindir = find_bindir()
        self.as_root = os.geteuid() == 0
        self.prefix: list[str] = []
        if self.as_root:
            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                raise PostgresUnavailable("running as root and there is no 'postgres' system user") from None
            runuser = shutil.which("runuser")
            if runuser is None:
                raise PostgresUnavailable("running as root and 'runuser' is missing")
            self.prefix = [runuser, "-u", "postgres", "--"]
            self.uid, self.gid = account.pw_uid, account.pw_gid
        self.base = Path(tempfile.mkdtemp(prefix="lumen-pg-"))
        self.data = self.base / "data"
        self.port = free_port()

    def _run(self, *command: str) -> None:
        result = subprocess.run([*self.prefix, *command], capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise PostgresUnavailable(f"{Path(command[0]).name} failed: {result.stderr.strip() or result.stdout}")

    def start(self) -> None:
        if self.as_root:
            os.chown(self.base, self.uid, self.gid)
        initdb, pg_ctl = str(self.bindir / "initdb"), str(self.bindir / "pg_ctl")
        self._run(initdb, "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale")
        # Durability is irrelevant for a test server; turning it off makes schema builds fast. A test session
        # runs several multi-worker services on this one server at once (each worker pools up to
        # ``max_concurrent_requests`` connections): PostgreSQL's default of 100 connections is not enough.
        options = (
            f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400"
        )
        self._run(pg_ctl, "-D", str(self.data), "-l", str(self.base / "server.log"), "-w", "-o", options, "start")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str, *, template: str | None = None) -> str:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def stop(self) -> None:
        if self.data.exists():
            subprocess.run(
                [*self.prefix, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
                capture_output=True,
                timeout=60,
            )
        shutil.rmtree(self.base, ignore_errors=True)
