"""When PostgreSQL refuses the service a connection (its max_connections used up, a restart), callers get the
contract's 503 ``database_unavailable`` with Retry-After, in their language — never a 500 — and the service
carries on by itself once connections are accepted again."""

from __future__ import annotations

import psycopg
from fastapi.testclient import TestClient

from lumen_server.app import create_app
from lumen_server.core.config import Settings
from tests.server.pg_server import PostgresServer

ROLE = "lumen_capped"


def _admin(server: PostgresServer, database: str) -> psycopg.Connection:
    return psycopg.connect(f"host=127.0.0.1 port={server.port} user=postgres dbname={database}", autocommit=True)


def test_a_refused_database_connection_is_a_503_the_caller_can_retry(
    postgres_server: PostgresServer, postgres_demo_url: str
):
    database = postgres_demo_url.rsplit("/", 1)[1]
    with _admin(postgres_server, database) as admin:
        admin.execute(f"CREATE ROLE {ROLE} LOGIN")
        admin.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {ROLE}")
        admin.execute(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {ROLE}")
    url = postgres_demo_url.replace("postgres@", f"{ROLE}@")
    wrong_password = {"username": "marie.tremblay", "password": "not her password"}
    try:
        with TestClient(create_app(Settings(database_url=url))) as client:
            assert client.post("/api/v1/auth/token", json=wrong_password).status_code == 401

            with _admin(postgres_server, database) as admin:
                admin.execute(f"ALTER ROLE {ROLE} CONNECTION LIMIT 0")
                admin.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{ROLE}'")
            refused = client.post("/api/v1/auth/token", json=wrong_password, headers={"Accept-Language": "fr"})
            assert refused.status_code == 503
            assert refused.headers["Retry-After"].isdigit()
            error = refused.json()["error"]
            assert error["code"] == "database_unavailable"
            assert "base de données" in error["message"]

            with _admin(postgres_server, database) as admin:
                admin.execute(f"ALTER ROLE {ROLE} CONNECTION LIMIT -1")
            assert client.post("/api/v1/auth/token", json=wrong_password).status_code == 401
    finally:
        with _admin(postgres_server, database) as admin:
            admin.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{ROLE}'")
            admin.execute(f"REASSIGN OWNED BY {ROLE} TO postgres")
            admin.execute(f"DROP OWNED BY {ROLE}")
            admin.execute(f"DROP ROLE {ROLE}")
