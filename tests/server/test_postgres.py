"""The service on PostgreSQL: migrations build and tear down the schema, the demo loads, search works."""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select

from lumen_server.catalog.models import Product
from lumen_server.core.db import Database
from lumen_server.core.migrate import alembic_config, upgrade
from lumen_server.models import Base
from tests.server.helpers_catalog import API, auth, sign_in
from tests.server.support import price_keys_in


def _differences(database: Database) -> list[Any]:
    """Differences between the migrated schema and the models, but the search column and index (not mapped)."""
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    return [d for d in differences if "search_vector" not in repr(d)]


def test_migrations_build_the_schema_downgrade_to_nothing_and_upgrade_again(fresh_postgres_url):
    database = Database(fresh_postgres_url)
    upgrade(database.engine)
    assert _differences(database) == []
    columns = {c["name"] for c in inspect(database.engine).get_columns("products")}
    assert "search_vector" in columns

    config = alembic_config(fresh_postgres_url)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(database.engine).get_table_names()) <= {"alembic_version"}

    upgrade(database.engine)
    assert _differences(database) == []
    database.dispose()


def test_the_demo_loads_on_postgresql(postgres_demo_url):
    database = Database(postgres_demo_url)
    with database.session() as session:
        assert session.scalars(select(func.count()).select_from(Product)).one() >= 2000
    database.dispose()


def test_a_user_without_prices_gets_none_on_postgresql_either(postgres_api):
    luc = auth(sign_in(postgres_api, "luc.gagnon"))
    page = postgres_api.get(f"{API}/products", headers=luc, params={"q": "disjoncteur", "page_size": 50}).json()
    assert page["items"]
    page.pop("total")
    assert price_keys_in(page) == []
    marie = auth(sign_in(postgres_api, "marie.tremblay"))
    assert all("price" in item for item in postgres_api.get(f"{API}/products", headers=marie).json()["items"])
