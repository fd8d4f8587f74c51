"""Database engine, sessions and the declarative base shared by every domain's tables.

SQLite, many readers and one writer (WAL mode). Every transaction says up front which it is:

- a **read** transaction (``Database.read_session``; every GET and HEAD request, see ``core/deps.py``) begins
  DEFERRED: it reads a snapshot of the last commit, takes no lock, never waits for a writer and never makes one
  wait. A write attempted in it raises ``WriteInReadTransaction`` (a read lock cannot be upgraded safely);
- a **write** transaction (``Database.session``; every other method) takes the writer's turn *before its first
  statement*: an in-process queue, then ``BEGIN IMMEDIATE``. So whatever it reads before writing (a cart line's
  quantity, an approval's version) cannot change under it until it commits: a read-then-write cannot lose an
  update, and two writers never fail on a lock upgrade ("database is locked").

The other designs were weighed and refused: upgrading a read transaction on its first write fails in WAL mode
when another writer committed since its snapshot (the update would have to be retried by every caller), and a
single lock for everyone (``BEGIN IMMEDIATE`` on every request, as before) queued every search behind every
cart change. On PostgreSQL both kinds are READ COMMITTED transactions; decisions that read then write lock their
rows (``SELECT … FOR UPDATE``) or update conditionally.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event
from sqlalchemy.engine import CursorResult, Result, make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC that always comes back timezone-aware (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def rows_changed(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE changed (``Session.execute`` answers those with a ``CursorResult``)."""
    return result.rowcount if isinstance(result, CursorResult) else 0


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime()}  # noqa: RUF012


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


class UnstorableText(ValueError):
    """A text sent to the database holds a NUL character: PostgreSQL refuses it (a 500 if it got that far) and
    SQLite would keep it silently, so both refuse it here, before the statement runs (answered 422)."""


def _refuse_nul_characters(
    _conn: Any, _cursor: Any, _statement: str, parameters: Any, _context: Any, _executemany: bool
) -> None:
    # One row (a tuple or dict) or many of them, depending on the statement and the driver.
    rows = parameters if isinstance(parameters, list | tuple) else [parameters]
    for row in rows:
        values = row.values() if isinstance(row, Mapping) else row if isinstance(row, list | tuple) else [row]
        if any(isinstance(value, str) and "\x00" in value for value in values):
            raise UnstorableText("nul_character")


# The execution option that makes a SQLite transaction take the write lock at BEGIN (see ``Database``).
WRITE_OPTION = "lumen_write"
# How long a SQLite writer waits for the write lock before "database is locked" (writes are milliseconds long).
SQLITE_BUSY_TIMEOUT_SECONDS = 30
_HOLDS_WRITER = "lumen_holds_sqlite_writer"


def make_engine(database_url: str, *, pool_size: int = 20) -> Engine:
    engine = _make_engine(database_url, pool_size=pool_size)
    event.listen(engine, "before_cursor_execute", _refuse_nul_characters)
    return engine


def _make_engine(database_url: str, *, pool_size: int) -> Engine:
    # ``pool_size`` connections serve as many requests at once (``lumen_server.core.concurrency`` admits no more),
    # so a request never waits for a connection; the overflow covers work outside requests (CLI, mail, tests).
    pool = {"pool_size": pool_size, "max_overflow": max(4, pool_size // 2), "pool_timeout": 60}
    if is_sqlite(database_url):
        if make_url(database_url).database in (None, "", ":memory:"):
            pool = {}  # one in-memory database per connection: SQLAlchemy's own single-connection pool
        connect_args = {"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_SECONDS}
        engine = create_engine(database_url, connect_args=connect_args, **pool)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            # WAL: readers never wait for the writer and the writer never waits for readers; one writer at a time.
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
            # pysqlite's own transaction handling would defer BEGIN; let SQLAlchemy issue it.
            dbapi_conn.isolation_level = None

        # The one writer SQLite allows, queued in this process: a waiting writer wakes the moment the previous one
        # ends, instead of polling in SQLite's busy handler (sleeps of up to 100 ms, first come not first served).
        writer = threading.Lock()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Any) -> None:
            # A write transaction takes the write lock at BEGIN (IMMEDIATE): concurrent writers queue instead of
            # failing when a read lock is upgraded ("database is locked", which the busy handler cannot wait out
            # in WAL mode). A read transaction stays DEFERRED: it reads a snapshot, never waits for nor blocks anyone.
            if not conn.get_execution_options().get(WRITE_OPTION, False):
                conn.exec_driver_sql("BEGIN")
                return
            if not writer.acquire(timeout=SQLITE_BUSY_TIMEOUT_SECONDS):
                raise sqlite3.OperationalError("database is locked (waited for the writer's turn)")
            conn.info[_HOLDS_WRITER] = True
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            except BaseException:
                _release_writer(conn.info)
                raise

        def _release_writer(info: dict[str, Any]) -> None:
            if info.pop(_HOLDS_WRITER, False):
                writer.release()

        event.listen(engine, "commit", lambda conn: _release_writer(conn.info))
        event.listen(engine, "rollback", lambda conn: _release_writer(conn.info))
        # Belt and braces: a connection going back to the pool (or thrown away) never keeps the writer's turn.
        event.listen(engine.pool, "checkin", lambda _dbapi, record: _release_writer(record.info))

        return engine
    return create_engine(database_url, pool_pre_ping=True, **pool)


class WriteInReadTransaction(RuntimeError):
    """Code meant to only read tried to write (on SQLite that write could fail on the lock upgrade)."""


def _refuse_writes(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise WriteInReadTransaction("a read transaction (GET or HEAD) tried to write")


class Database:
    """The engine and session factories of one running service.

    ``session()`` is a write transaction, ``read_session()`` a read-only one. On SQLite the difference is the
    BEGIN (IMMEDIATE vs DEFERRED, see ``_sqlite_begin``); on PostgreSQL both are READ COMMITTED transactions and
    decisions that read then write lock their rows (``SELECT … FOR UPDATE``) or update conditionally.
    """

    def __init__(self, database_url: str, *, pool_size: int = 20) -> None:
        self.url = database_url
        self.engine = make_engine(database_url, pool_size=pool_size)
        self.sessions = sessionmaker(self.engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
        self.read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self.read_sessions, "before_flush", _refuse_writes)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write transaction, committed when the block ends normally (rolled back on an exception)."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A read transaction (a consistent snapshot on SQLite, taking no lock); it must not write."""
        with self.read_sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
