"""The text of one user's event stream (``text/event-stream``): what is new for them, as it happens.

Each wake-up (``bus``) or heartbeat period re-reads the table after the last id sent, in a short read
transaction off the event loop, and checks that the access token is still valid: a token that expires, is revoked
at sign-out or belongs to a deactivated user ends the stream (the client refreshes its token and reconnects).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass

import anyio
import anyio.to_thread
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lumen_server.auth.tokens import user_for_access_token
from lumen_server.core.db import Database
from lumen_server.events.bus import bus
from lumen_server.events.models import LiveEvent

# Asked of the browser-style clients: reconnect after this long (ms) when the stream breaks.
RETRY_MS = 2_000
# Events sent per read; more wait for the next read, which follows at once.
BATCH = 200


@dataclass(frozen=True)
class StreamOf:
    """Whose stream this is: the user, the token they opened it with, the id to resume after."""

    user_id: int
    token: str
    after: int


def latest_event_id(session: Session, *, user_id: int) -> int:
    """Where a stream opened without ``Last-Event-ID`` starts: after the user's latest event (no replay)."""
    return session.scalar(select(func.max(LiveEvent.id)).where(LiveEvent.user_id == user_id)) or 0


def _read(database: Database, of: StreamOf, after: int) -> tuple[list[LiveEvent], bool]:
    """The user's events after ``after`` (oldest first), and whether their token still signs them in."""
    with database.read_session() as session:
        user = user_for_access_token(session, of.token)
        if user is None or user.id != of.user_id:
            return [], False
        query = (
            select(LiveEvent)
            .where(LiveEvent.user_id == of.user_id, LiveEvent.id > after)
            .order_by(LiveEvent.id)
            .limit(BATCH)
        )
        return list(session.scalars(query)), True


def event_text(event: LiveEvent) -> str:
    """One SSE message: ``id``, ``event`` (the kind) and JSON ``data`` with ids, kind and version only."""
    data = {
        "id": event.id,
        "kind": event.kind,
        "request_id": event.request_id,
        "version": event.version,
        "at": event.at.isoformat(),
    }
    return f"id: {event.id}\nevent: {event.kind}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n"


def ready_text(after: int) -> str:
    """The first message: the stream is open, and where it resumes from (also its ``id``)."""
    data = json.dumps({"last_event_id": after})
    return f"retry: {RETRY_MS}\nid: {after}\nevent: ready\ndata: {data}\n\n"


async def event_stream(
    database: Database, of: StreamOf, *, heartbeat_seconds: float, stream_seconds: float
) -> AsyncIterator[str]:
    """The stream's text, message by message, for at most ``stream_seconds`` (then the client reconnects)."""
    subscription = bus.subscribe(of.user_id, database_url=database.url)
    ends_at = anyio.current_time() + stream_seconds
    try:
        last = of.after
        yield ready_text(last)
        while not subscription.closing and anyio.current_time() < ends_at:
            subscription.news.clear()  # before reading: a wake-up during the read is not lost
            events, signed_in = await anyio.to_thread.run_sync(_read, database, of, last)
            for event in events:
                yield event_text(event)
                last = event.id
            if not signed_in:
                return
            if len(events) == BATCH:
                continue
            quiet = min(heartbeat_seconds, max(0.0, ends_at - anyio.current_time()))
            with anyio.move_on_after(quiet) as waited:
                await subscription.news.wait()
            if waited.cancelled_caught:
                yield ": heartbeat\n\n"
    finally:
        subscription.close()
