"""Publishing a live event: rows for its recipients in the caller's transaction, streams woken once it commits.

``publish(session, user_ids=[...], kind="reminder", request_id=17, version=3)`` is all another module needs.
Ids grow in commit order, which ``Last-Event-ID`` relies on: on PostgreSQL the rows are written under a
transaction-scoped advisory lock, so a transaction that got a smaller id has committed before a bigger one exists
(SQLite writers are serialised anyway). The ``pg_notify`` sent in the same transaction reaches the workers only if
it commits; on SQLite the session wakes this process's streams after its commit.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, event, insert, text
from sqlalchemy.orm import Session

from lumen_server.core.db import utcnow
from lumen_server.events.bus import CHANNEL, bus
from lumen_server.events.models import LiveEvent

# pg_advisory_xact_lock key of "live events are being written" (any constant of our own).
_ORDER_LOCK = 0x4C554D45  # "LUME"
_TO_WAKE = "lumen_live_events_to_wake"
_LISTENING = "lumen_live_events_listening"


def publish(
    session: Session, *, user_ids: Iterable[int], kind: str, request_id: int | None = None, version: int | None = None
) -> None:
    """Tells ``user_ids`` (their open streams now, later ones by ``Last-Event-ID``) that ``kind`` happened."""
    publish_on(session.connection(), session, user_ids=user_ids, kind=kind, request_id=request_id, version=version)


def publish_on(
    connection: Connection,
    session: Session | None,
    *,
    user_ids: Iterable[int],
    kind: str,
    request_id: int | None = None,
    version: int | None = None,
) -> None:
    """``publish`` on a connection (inside flush events, where the session itself may not be used)."""
    recipients = sorted(set(user_ids))
    if not recipients:
        return
    postgres = connection.dialect.name == "postgresql"
    if postgres:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ORDER_LOCK})
    now = utcnow()
    connection.execute(
        insert(LiveEvent),
        [{"user_id": u, "kind": kind, "request_id": request_id, "version": version, "at": now} for u in recipients],
    )
    if postgres:
        payload = ",".join(str(u) for u in recipients)
        connection.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})
    elif session is not None:
        _wake_after_commit(session, recipients)


def _wake_after_commit(session: Session, user_ids: list[int]) -> None:
    if not session.info.get(_LISTENING):
        session.info[_LISTENING] = True

        def woken(committed: Session) -> None:
            if not committed.in_nested_transaction():  # not a SAVEPOINT inside it: the transaction's commit
                bus.wake(committed.info.pop(_TO_WAKE, set()))

        def forgotten(rolled_back: Session, _previous: object) -> None:
            if not rolled_back.in_nested_transaction():
                rolled_back.info.pop(_TO_WAKE, None)

        event.listen(session, "after_commit", woken)
        event.listen(session, "after_soft_rollback", forgotten)
    session.info.setdefault(_TO_WAKE, set()).update(user_ids)
