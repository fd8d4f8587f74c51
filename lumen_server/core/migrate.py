"""Builds and upgrades the schema through Alembic only (also for SQLite): ``upgrade(database_url)``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


class BrokenForeignKeys(RuntimeError):
    """A migration left rows pointing at rows that no longer exist (nothing was committed)."""


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection whose one transaction holds a migration run, committed at the end.

    SQLite alters a table in batch mode: a copy is created, the original dropped, the copy renamed. With foreign
    keys enforced, dropping a table that other rows reference fails (or fails the commit), so, as SQLite's
    ALTER TABLE documentation prescribes, enforcement is off while migrating and ``PRAGMA foreign_key_check``
    must find nothing before the commit.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:  # a PRAGMA inside a transaction does nothing: on the raw connection, before BEGIN
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                yield connection
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise BrokenForeignKeys(f"rows referencing missing rows (table, rowid, parent): {broken[:5]}")
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def upgrade(engine: Engine) -> None:
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with migration_connection(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def revisions(engine: Engine) -> tuple[str | None, str]:
    """The database's current revision (None: never migrated) and the newest one this code knows."""
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(
        alembic_config(engine.url.render_as_string(hide_password=False))
    ).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    return current, str(head)
