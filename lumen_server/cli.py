"""``lumen-server``: run the service, or one of its operator commands.

    lumen-server [--host H] [--port P] [--database-url URL] [--smtp-url URL] [--demo] [--workers N]
    lumen-server seed-catalog --products 100000
    lumen-server create-staff USERNAME [--email E] [--first-name F] [--last-name L]

Every flag may also come from ``LUMEN_HOST``, ``LUMEN_PORT``, ``LUMEN_DATABASE_URL``, ``LUMEN_SMTP_URL``,
``LUMEN_DEMO=1`` (flags win).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from lumen_server.core.config import Settings
from lumen_server.core.db import Database
from lumen_server.core.migrate import upgrade

COMMANDS = ("serve", "seed-catalog", "create-staff")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database-url", help="SQLAlchemy URL (env LUMEN_DATABASE_URL)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lumen-server", description="The Lumen API service.")
    sub = parser.add_subparsers(dest="command")
    serve = sub.add_parser("serve", help="run the service (the default)")
    _common(serve)
    serve.add_argument("--host", help="address to listen on (env LUMEN_HOST)")
    serve.add_argument("--port", type=int, help="port to listen on (env LUMEN_PORT)")
    serve.add_argument("--smtp-url", help="smtp://host:port; without it mail goes to an outbox folder")
    serve.add_argument("--outbox-dir", help="folder for .eml files when no SMTP server is given")
    serve.add_argument("--demo", action="store_true", default=None, help="load the demo data into an empty database")
    serve.add_argument("--workers", type=int, help="worker processes (PostgreSQL)")
    seed = sub.add_parser("seed-catalog", help="add a generated catalog of that many products (benchmarks)")
    _common(seed)
    seed.add_argument("--products", type=int, required=True)
    staff = sub.add_parser("create-staff", help="create a Lumen e-commerce staff user")
    _common(staff)
    staff.add_argument("username")
    staff.add_argument("--email")
    staff.add_argument("--first-name", default="")
    staff.add_argument("--last-name", default="")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {
        key: value
        for key in ("host", "port", "database_url", "smtp_url", "demo", "workers", "outbox_dir")
        if (value := getattr(args, key, None)) is not None
    }
    return Settings(**overrides)


def prepare_database(settings: Settings) -> Database:
    """Migrates the schema to the latest revision and, with ``demo``, loads the demo data if empty."""
    database = Database(settings.database_url)
    upgrade(database.engine)
    if settings.demo:
        from lumen_server.demo import load_demo

        with database.session() as session:
            if load_demo(session):
                print("Loaded the demo data.", flush=True)
    return database


def serve(settings: Settings) -> None:
    import uvicorn

    prepare_database(settings).dispose()
    # Worker processes rebuild the settings from the environment, so pass every resolved value on.
    for key, value in settings.model_dump(exclude_none=True).items():
        os.environ[f"LUMEN_{key.upper()}"] = str(value)
    print(f"Lumen service listening on http://{settings.host}:{settings.port}/api/v1", flush=True)
    print(f"Outgoing mail: {settings.smtp_url or settings.resolved_outbox_dir}", flush=True)
    uvicorn.run(
        "lumen_server.app:app_from_environment",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers if settings.workers > 1 else None,
        log_level="warning",
    )


def main(argv: Sequence[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "serve")
    args = build_parser().parse_args(argv)
    settings = _settings(args)
    if args.command == "serve":
        serve(settings)
    elif args.command == "seed-catalog":
        from lumen_server.catalog.seed import seed_catalog

        database = prepare_database(settings)
        with database.session() as session:
            added = seed_catalog(session, products=args.products)
        print(f"Added {added} products.")
    elif args.command == "create-staff":
        from lumen_server.auth.staff import create_staff

        database = prepare_database(settings)
        with database.session() as session:
            password = create_staff(
                session,
                username=args.username,
                email=args.email,
                first_name=args.first_name,
                last_name=args.last_name,
            )
        print(f"Created staff user {args.username}. One-time password (to change at first sign-in): {password}")


if __name__ == "__main__":
    main()
