"""The service starts from nothing: migrations build the schema, the demo loads, health answers."""

from __future__ import annotations

from sqlalchemy import inspect

from lumen_server.testing import LiveServer, database_for


def test_migrated_schema_matches_the_models(demo_template):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from lumen_server.models import Base

    database = database_for(demo_template)
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        tables = set(inspect(connection).get_table_names())
    database.dispose()
    # The full-text index lives outside the models (FTS5 tables); anything else must match exactly.
    differences = [d for d in differences if not (d[0] == "remove_table" and d[1].name.startswith("product_search"))]
    assert differences == []
    assert {"users", "products", "product_search", "approval_requests", "orders"} <= tables


def test_live_server_answers_health_and_errors_in_the_callers_language(live_server: LiveServer):
    import httpx

    assert httpx.get(f"{live_server.api_url}/health").json() == {"status": "ok"}
    missing = httpx.get(f"{live_server.api_url}/no-such-thing", headers={"Accept-Language": "fr"})
    assert missing.status_code == 404
    assert missing.json() == {"error": {"code": "not_found", "message": "Introuvable."}}
