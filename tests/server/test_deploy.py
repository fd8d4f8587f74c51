"""Running the service for a whole company: ``lumen-server migrate`` as the deployment step, a start that never
migrates a shared PostgreSQL database unless told, the health endpoint a load balancer polls (down when the
database is down, back when it is back), and logs as JSON lines — each tested on a real ``lumen-server`` process.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from lumen_server.cli import build_parser
from lumen_server.core.db import Database
from lumen_server.core.migrate import revisions
from lumen_server.testing import LiveServer, bearer, copy_database
from tests.server.pg_server import PostgresServer, PostgresUnavailable


def lumen_server(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LUMEN_")} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "lumen_server", *args], capture_output=True, text=True, env=environment, timeout=timeout
    )


def head_revision(url: str) -> str:
    database = Database(url)
    try:
        return revisions(database.engine)[1]
    finally:
        database.dispose()


# --- migrations --------------------------------------------------------------------------------------------------
def test_migrate_brings_an_empty_postgresql_database_to_the_newest_schema_and_says_so(fresh_postgres_url):
    first = lumen_server("migrate", "--database-url", fresh_postgres_url)
    assert first.returncode == 0, first.stderr
    head = head_revision(fresh_postgres_url)
    assert f"to {head}" in first.stdout
    database = Database(fresh_postgres_url)
    assert revisions(database.engine) == (head, head)
    database.dispose()

    again = lumen_server("migrate", "--database-url", fresh_postgres_url)
    assert again.returncode == 0 and "up to date" in again.stdout


def test_the_service_refuses_to_start_on_an_unmigrated_postgresql_database(fresh_postgres_url):
    refused = lumen_server("--port", "1", "--database-url", fresh_postgres_url, timeout=60)
    assert refused.returncode != 0
    assert "lumen-server migrate" in refused.stderr
    database = Database(fresh_postgres_url)
    assert revisions(database.engine)[0] is None  # nothing was changed behind the operator's back
    database.dispose()


def test_with_migrate_the_service_migrates_postgresql_itself_and_serves(fresh_postgres_url, tmp_path):
    server = LiveServer(tmp_path / "unused.db", database_url=fresh_postgres_url, extra_env={"LUMEN_MIGRATE": "1"})
    with server, httpx.Client(base_url=server.api_url + "/") as http:
        assert http.get("health").json() == {"status": "ok"}
    database = Database(fresh_postgres_url)
    current, head = revisions(database.engine)
    database.dispose()
    assert current == head


def test_sqlite_still_migrates_on_start_for_one_machine(tmp_path):
    with LiveServer(tmp_path / "new.db") as server:
        assert httpx.get(f"{server.api_url}/health").status_code == 200
    database = Database(f"sqlite:///{tmp_path / 'new.db'}")
    current, head = revisions(database.engine)
    database.dispose()
    assert current == head


# --- health ------------------------------------------------------------------------------------------------------
@pytest.fixture
def own_postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL server of this test alone, which it may stop and start again."""
    try:
        server = PostgresServer()
        server.start()
    except PostgresUnavailable as why:
        pytest.skip(f"PostgreSQL is not available: {why}")
    yield server
    server.stop()


def _pg_ctl(server: PostgresServer, *args: str) -> None:
    command = [*server.prefix, str(server.bindir / "pg_ctl"), "-D", str(server.data), "-w", *args]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


def test_health_answers_503_in_the_contracts_body_while_the_database_is_down(own_postgres, tmp_path):
    url = own_postgres.create_database("lumen_health")
    assert lumen_server("migrate", "--database-url", url).returncode == 0
    with LiveServer(tmp_path / "unused.db", database_url=url) as server, httpx.Client(base_url=server.api_url) as http:
        assert http.get("/health").json() == {"status": "ok"}

        _pg_ctl(own_postgres, "-m", "fast", "stop")
        down = http.get("/health", headers={"Accept-Language": "fr"})
        assert down.status_code == 503
        assert down.json()["error"]["code"] == "database_unavailable"
        assert "base de données" in down.json()["error"]["message"]

        options = f"-p {own_postgres.port} -k {own_postgres.base} -c listen_addresses=127.0.0.1 -c fsync=off"
        _pg_ctl(own_postgres, "-l", str(own_postgres.base / "server.log"), "-o", options, "start")
        back = http.get("/health")
        assert (back.status_code, back.json()) == (200, {"status": "ok"})


def test_health_is_in_the_served_openapi_with_its_503(api):
    operation = api.get("/api/v1/openapi.json").json()["paths"]["/api/v1/health"]["get"]
    assert {"200", "503"} <= set(operation["responses"])
    assert "security" not in operation


# --- logs --------------------------------------------------------------------------------------------------------
def test_json_logs_are_one_object_per_line_access_log_included(demo_template, tmp_path):
    database = copy_database(demo_template, tmp_path / "service")
    server = LiveServer(database, extra_env={"LUMEN_LOG_FORMAT": "json"})
    with server, httpx.Client(base_url=server.api_url + "/") as http:
        luc = bearer(http, "luc.gagnon")
        assert http.get("products", headers=luc, params={"page_size": 1}).status_code == 200
        assert http.get("no-such-thing").status_code == 404
    lines = [line for line in server.log_path.read_text().splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line, stdout and stderr alike: a JSON object

    assert all({"time", "level", "logger", "message", "pid"} <= set(r) for r in records)
    access = [r for r in records if r["logger"] == "uvicorn.access"]
    assert any({"method": "POST", "path": "/api/v1/auth/token", "status": 200}.items() <= r.items() for r in access)
    assert any(r["path"].startswith("/api/v1/products?") and r["status"] == 200 for r in access)
    assert any(r["path"] == "/api/v1/no-such-thing" and r["status"] == 404 for r in access)
    assert any("Lumen service listening on" in r["message"] for r in records)


def test_the_log_format_is_checked(tmp_path):
    refused = lumen_server("--log-format", "xml", "--database-url", f"sqlite:///{tmp_path / 'x.db'}", timeout=60)
    assert refused.returncode == 2 and "invalid choice" in refused.stderr


# --- the sample systemd unit ---------------------------------------------------------------------------------------
def test_the_sample_systemd_unit_runs_what_lumen_server_accepts_as_a_non_root_user():
    unit: dict[str, list[str]] = {}
    for line in (Path(__file__).resolve().parents[2] / "docs" / "lumen-server.service").read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            unit.setdefault(key, []).append(value)
    program, *arguments = shlex.split(unit["ExecStart"][0])
    assert program.endswith("/lumen-server")
    args = build_parser().parse_args(["serve", *arguments])
    assert args.workers == 4 and args.log_format == "json"
    assert unit["User"] != ["root"] and unit["EnvironmentFile"] and unit["Restart"] == ["on-failure"]
    assert unit["NoNewPrivileges"] == ["yes"] and unit["ProtectSystem"] == ["strict"]
