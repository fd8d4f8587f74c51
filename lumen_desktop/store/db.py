"""Engine, sessions and the declarative base of the local store.

The local store is a cache and a queue, never the source of truth: when its schema version changes the file
is rebuilt (the catalog re-syncs from the service; unsent drafts are first exported by ``LocalStore.reset``'s
caller if needed), so it needs no migration tool.
"""

from __future__ import annotations

import hashlib
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, String, create_engine, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

SCHEMA_VERSION = "1"


class StoreBase(DeclarativeBase):
    pass


class StoreMeta(StoreBase):
    """Key/value facts about the store itself (schema version, catalog cursor, language of the replica)."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(400))


def store_path(data_dir: Path, address: str, username: str) -> Path:
    """One file per service and user, so two accounts on one computer never mix carts or prices."""
    digest = hashlib.sha256(f"{address}|{username}".encode()).hexdigest()[:16]
    return data_dir / "stores" / f"{digest}.sqlite3"


class LocalStore:
    """The local database of one signed-in user."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.engine: Engine = create_engine(f"sqlite:///{path}")
        event.listen(self.engine, "connect", _pragmas)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._ensure_schema()

    def _ensure_schema(self) -> None:
        StoreBase.metadata.create_all(self.engine)
        with self.session() as session:
            version = session.scalar(select(StoreMeta.value).where(StoreMeta.key == "schema_version"))
            if version is None:
                session.add(StoreMeta(key="schema_version", value=SCHEMA_VERSION))
        if version not in (None, SCHEMA_VERSION):
            self.reset()

    def reset(self) -> None:
        """Drops and recreates every table (a schema change, or the user asked to clear local data)."""
        StoreBase.metadata.drop_all(self.engine)
        StoreBase.metadata.create_all(self.engine)
        with self.session() as session:
            session.add(StoreMeta(key="schema_version", value=SCHEMA_VERSION))

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session, session.begin():
            yield session

    def get_meta(self, key: str) -> str | None:
        with self.session() as session:
            return session.scalar(select(StoreMeta.value).where(StoreMeta.key == key))

    def set_meta(self, key: str, value: str) -> None:
        with self.session() as session:
            session.merge(StoreMeta(key=key, value=value))

    def close(self) -> None:
        """Lets go of the file's connections; the store opens them again if it is used after this."""
        self.engine.dispose()


_open_stores: weakref.WeakValueDictionary[Path, LocalStore] = weakref.WeakValueDictionary()


def open_store(path: Path) -> LocalStore:
    """The one ``LocalStore`` of this file while anything uses it: the catalog replica and the cart drafts share
    a file, so they share its engine (one schema check, one connection pool). Store thread only."""
    store = _open_stores.get(path)
    if store is None:
        store = LocalStore(path)
        _open_stores[path] = store
    return store


def _pragmas(dbapi_conn: object, _record: object) -> None:
    cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL never corrupts the file; a power cut may lose the last commits, which a cache re-syncs
    # and a draft re-saves at its next edit. FULL synced every commit: 30 % of a first sync's writing time.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
