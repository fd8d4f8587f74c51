"""Helpers of the contract tests: the service's own OpenAPI schema, the contract's error shape, sign-ins without
argon2, and the demo service seeded with one object of each kind (product, template, order, approval request,
account request) whose ids fill path parameters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lumen_server.app import create_app
from lumen_server.auth.models import User
from lumen_server.auth.tokens import open_session
from lumen_server.catalog.models import Product
from lumen_server.core.config import Settings
from lumen_server.core.db import Database
from lumen_server.core.i18n import catalog_codes, translate

OPENAPI_PATH = "/api/v1/openapi.json"
METHODS = ("get", "put", "post", "delete", "patch")
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")


def openapi_document() -> dict[str, Any]:
    """The schema the service serves, built without a database (it depends only on the routes)."""
    return create_app(Settings(database_url="sqlite://")).openapi()


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    public: bool  # no bearer token required (the schema names no security for it)

    def __str__(self) -> str:
        return f"{self.method.upper()} {self.path}"


def operations(document: dict[str, Any]) -> list[Operation]:
    """Every operation of the schema, in its order: a new endpoint is picked up with no edit of the tests."""
    found = []
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                found.append(Operation(method, path, public=not item[method].get("security")))
    return found


def contract_error_problems(status: int, body: Any) -> list[str]:
    """What is wrong with a 4xx body against ``{"error": {"code", "message", "field"?, "lines"?}}`` (empty: fine)."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict) or set(body) != {"error"}:
        return [f"not an error body: {body!r}"]
    problems = []
    code, message = error.get("code"), error.get("message")
    if not isinstance(code, str) or not SNAKE_CASE.match(code):
        problems.append(f"code {code!r} is not snake_case")
    elif code not in catalog_codes():
        problems.append(f"code {code!r} has no message in the catalog (no French or English text)")
    if not isinstance(message, str) or not message.strip() or message == code:
        problems.append(f"message {message!r} is empty or untranslated")
    if "field" in error and (not isinstance(error["field"], str) or not error["field"]):
        problems.append(f"field {error['field']!r} is not a name")
    # A refusal whose message is about a field ("{field} is required.") must say which one.
    if isinstance(code, str) and "{field}" in translate(code, "en") and "field" not in error:
        problems.append(f"{status} {code!r} is about a field but names none")
    for line in error.get("lines") or []:
        named = isinstance(line.get("field"), str) and line["field"] and line.get("message")
        if not named or "index" not in line or not SNAKE_CASE.match(str(line.get("code"))):
            problems.append(f"bad line entry {line!r}")
    return problems


def open_token(database: Database, username: str) -> dict[str, str]:
    """The Authorization header of a new signed-in session of ``username`` (what ``POST /auth/token`` opens,
    without the deliberately slow argon2 check, so each test can have its own session to revoke)."""
    with database.session() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        _, access, _ = open_session(session, user=user, access_ttl=timedelta(hours=2), refresh_ttl=timedelta(days=1))
    return {"Authorization": f"Bearer {access}"}


def products_for_sale(database: Database, count: int, *conditions: Any) -> list[Product]:
    with database.session() as session:
        found = session.scalars(
            select(Product).where(Product.deleted.is_(False), *conditions).order_by(Product.sku).limit(count)
        ).all()
    assert len(found) == count, f"the demo catalog lacks {count} products with {conditions}"
    return list(found)


@dataclass
class Seeded:
    """Ids found in the service's own answers, to put into path parameters (``{sku}``, ``{template_id}``...)."""

    values: dict[str, list[Any]] = field(default_factory=dict)

    def add(self, name: str, value: Any) -> None:
        if value not in self.values.setdefault(name, []):
            self.values[name].append(value)


def demo_settings(database_path: Path) -> Settings:
    return Settings(
        database_url=f"sqlite:///{database_path}",
        outbox_dir=database_path.parent / "outbox",
        # In-process clients read a whole answer: each event stream ends (empty) almost at once.
        events_heartbeat_seconds=0.05,
        events_stream_seconds=0.1,
    )
