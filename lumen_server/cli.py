"""``lumen-server``: run the service, or one of its operator commands.

    lumen-server [--host H] [--port P] [--database-url URL] [--smtp-url URL] [--demo] [--workers N]
                 [--migrate] [--log-format text|json] [--smtp-ca-file PEM]
    lumen-server migrate [--database-url URL]
    lumen-server seed-catalog --products 100000
    lumen-server create-staff USERNAME [--email E] [--first-name F] [--last-name L]
    lumen-server reminder-delays CUSTOMER_NUMBER --remind-after HOURS --offer-after HOURS

Every flag may also come from ``LUMEN_HOST``, ``LUMEN_PORT``, ``LUMEN_DATABASE_URL``, ``LUMEN_SMTP_URL``,
``LUMEN_DEMO=1``, ``LUMEN_MIGRATE=1``, ``LUMEN_LOG_FORMAT``, ``LUMEN_SMTP_CA_FILE`` (flags win).

Migrations: ``lumen-server migrate`` applies them and exits (the deployment step). The service's start applies
them itself only on SQLite (one machine, the database is the app's own file), with ``--demo``, or when told
(``--migrate``); on PostgreSQL it otherwise refuses to start on an older schema, so a new version never changes
a company's database behind the operator's back (see docs/deploy.md).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from lumen_server.core import logs
from lumen_server.core.config import Settings
from lumen_server.core.db import Database, is_sqlite
from lumen_server.core.migrate import revisions, upgrade

COMMANDS = ("serve", "migrate", "seed-catalog", "create-staff", "reminder-delays")
log = logging.getLogger("lumen_server")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database-url", help="SQLAlchemy URL (env LUMEN_DATABASE_URL)")


def _log_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--log-format", choices=("text", "json"), help="json: one JSON object per line (env LUMEN_LOG_FORMAT)"
    )


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
    serve.add_argument(
        "--migrate", action="store_true", default=None, help="apply pending migrations first (env LUMEN_MIGRATE=1)"
    )
    serve.add_argument(
        "--smtp-ca-file", help="CA certificates (PEM) to trust for the SMTP server (env LUMEN_SMTP_CA_FILE)"
    )
    _log_format(serve)
    migrations = sub.add_parser("migrate", help="apply the database migrations, then exit")
    _common(migrations)
    _log_format(migrations)
    seed = sub.add_parser("seed-catalog", help="add a generated catalog of that many products (benchmarks)")
    _common(seed)
    seed.add_argument("--products", type=int, required=True)
    staff = sub.add_parser("create-staff", help="create a Lumen e-commerce staff user")
    _common(staff)
    staff.add_argument("username")
    staff.add_argument("--email")
    staff.add_argument("--first-name", default="")
    staff.add_argument("--last-name", default="")
    delays = sub.add_parser("reminder-delays", help="a customer's working hours before reminder and escalation")
    _common(delays)
    delays.add_argument("customer_number")
    delays.add_argument("--remind-after", type=int, required=True, help="working hours (default 24)")
    delays.add_argument("--offer-after", type=int, required=True, help="working hours (default 48)")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {
        key: value
        for key in (
            "host",
            "port",
            "database_url",
            "smtp_url",
            "demo",
            "workers",
            "outbox_dir",
            "migrate",
            "log_format",
            "smtp_ca_file",
        )
        if (value := getattr(args, key, None)) is not None
    }
    return Settings(**overrides)


def announce(settings: Settings, text: str) -> None:
    """A line for whoever started the command: printed, or a log record in the JSON log format."""
    if settings.log_format == "json":
        log.info(text)
    else:
        print(text, flush=True)


def migrates_on_start(settings: Settings) -> bool:
    """SQLite (one machine's own file) and the demo migrate when a command starts (the service, seed-catalog,
    create-staff); a shared database only when told (``--migrate``, ``LUMEN_MIGRATE=1``) or by ``migrate``."""
    return settings.migrate or settings.demo or is_sqlite(settings.database_url)


def prepare_database(settings: Settings, *, migrate: bool = True) -> Database:
    """Migrates the schema to the latest revision (or, without ``migrate``, refuses an older one) and, with
    ``demo``, loads the demo data if empty."""
    database = Database(settings.database_url)
    if migrate:
        upgrade(database.engine)
    else:
        current, head = revisions(database.engine)
        if current != head:
            database.dispose()
            raise SystemExit(
                f"lumen-server: the database is at revision {current or '(none: empty)'} and this version needs "
                f"{head}. Run `lumen-server migrate` first (or start with --migrate / LUMEN_MIGRATE=1)."
            )
    if settings.demo:
        from lumen_server.demo import load_demo

        with database.session() as session:
            if load_demo(session):
                announce(settings, "Loaded the demo data.")
    return database


def migrate(settings: Settings) -> None:
    database = Database(settings.database_url)
    before, head = revisions(database.engine)
    upgrade(database.engine)
    database.dispose()
    if before == head:
        announce(settings, f"The database is up to date (revision {head}).")
    else:
        announce(settings, f"Migrated the database from revision {before or '(empty)'} to {head}.")


def serve(settings: Settings) -> None:
    import uvicorn

    prepare_database(settings, migrate=migrates_on_start(settings)).dispose()
    # Worker processes rebuild the settings from the environment, so pass every resolved value on.
    for key, value in settings.model_dump(exclude_none=True).items():
        os.environ[f"LUMEN_{key.upper()}"] = str(value)
    announce(settings, f"Lumen service listening on http://{settings.host}:{settings.port}/api/v1")
    announce(settings, f"Outgoing mail: {_without_password(settings.smtp_url) or settings.resolved_outbox_dir}")
    json_logs = settings.log_format == "json"
    uvicorn.run(
        "lumen_server.app:app_from_environment",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers if settings.workers > 1 else None,
        # JSON: every line through lumen_server.core.logs, access log included; text: uvicorn's, warnings only.
        log_config=logs.logging_config() if json_logs else uvicorn.config.LOGGING_CONFIG,
        log_level="info" if json_logs else "warning",
    )


def _without_password(url: str | None) -> str | None:
    """The SMTP URL as it may be shown in a log: its password replaced by ***."""
    from urllib.parse import urlsplit

    if not url:
        return url
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@", 1)).geturl()


def main(argv: Sequence[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "serve")
    args = build_parser().parse_args(argv)
    settings = _settings(args)
    logs.configure(settings.log_format)
    if args.command == "serve":
        serve(settings)
    elif args.command == "migrate":
        migrate(settings)
    elif args.command == "seed-catalog":
        from lumen_server.catalog.seed import seed_catalog

        database = prepare_database(settings, migrate=migrates_on_start(settings))
        with database.session() as session:
            added = seed_catalog(session, products=args.products)
        print(f"Added {added} products.")
    elif args.command == "create-staff":
        from lumen_server.auth.staff import create_staff

        database = prepare_database(settings, migrate=migrates_on_start(settings))
        with database.session() as session:
            password = create_staff(
                session,
                username=args.username,
                email=args.email,
                first_name=args.first_name,
                last_name=args.last_name,
            )
        print(f"Created staff user {args.username}. One-time password (to change at first sign-in): {password}")
    elif args.command == "reminder-delays":
        from lumen_server.approvals.reminder_rules import BadReminderDelays, set_reminder_delays

        database = prepare_database(settings, migrate=migrates_on_start(settings))
        try:
            with database.session() as session:
                set_reminder_delays(
                    session,
                    customer_number=args.customer_number,
                    reminder_hours=args.remind_after,
                    escalation_hours=args.offer_after,
                )
        except BadReminderDelays as why:
            sys.exit(f"lumen-server reminder-delays: {why}")
        print(
            f"Customer {args.customer_number}: reminder after {args.remind_after} working hours, "
            f"offered to others after {args.offer_after}."
        )


if __name__ == "__main__":
    main()
