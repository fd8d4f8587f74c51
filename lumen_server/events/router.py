"""``GET /events``: the signed-in user's live events as Server-Sent Events (thin: the stream is in ``stream``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header
from fastapi.responses import StreamingResponse

from lumen_server.approvals import live as _live  # noqa: F401  (every request change becomes a live event)
from lumen_server.core.deps import BearerCredentials, CustomerUser, DatabaseDep, SessionDep, SettingsDep
from lumen_server.core.errors import ApiError
from lumen_server.events import messages as _messages  # noqa: F401  (registers the messages)
from lumen_server.events.stream import StreamOf, event_stream, latest_event_id

router = APIRouter(tags=["events"])

_EXAMPLE = (
    'retry: 2000\nid: 41\nevent: ready\ndata: {"last_event_id": 41}\n\n'
    'id: 42\nevent: approved\ndata: {"id":42,"kind":"approved","request_id":17,"version":3,'
    '"at":"2026-12-01T23:10:00+00:00"}\n\n'
    ": heartbeat\n\n"
)

# One message of the stream (its fields); ``data`` is JSON: ``{"last_event_id"}`` for ``ready``, else the event.
_MESSAGE_SCHEMA = {
    "type": "object",
    "properties": {
        "event": {"type": "string", "description": "ready, or the kind: created, edited, approved, reminder…"},
        "id": {"type": "string", "pattern": "^[0-9]+$", "description": "Send it back as Last-Event-ID"},
        "data": {
            "type": "string",
            "description": 'JSON: {"id", "kind", "request_id", "version", "at"} (ready: {"last_event_id"})',
        },
        "retry": {"type": "integer", "description": "Milliseconds to wait before reconnecting"},
    },
}


def _resume_after(last_event_id: str | None) -> int | None:
    if last_event_id is None or not last_event_id.strip():
        return None
    value = last_event_id.strip()
    if not value.isdigit() or len(value) > 18:
        raise ApiError(422, "invalid_last_event_id", field="Last-Event-ID")
    return int(value)


@router.get(
    "/events",
    summary="Live events (Server-Sent Events)",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": (
                "An endless `text/event-stream`: first `event: ready` (its `id` is where the stream resumes from), "
                "then one message per change that concerns me (`event:` the kind — created, edited, approved, "
                "rejected, cancelled, reminder…; `data:` JSON `{id, kind, request_id, version, at}`, never a "
                "price), and a `: heartbeat` comment when nothing happened for a while. It ends when the access "
                "token expires or is revoked (refresh it and reconnect with `Last-Event-ID`), and after "
                "`LUMEN_EVENTS_STREAM_SECONDS` (900) in any case: reconnect at once with `Last-Event-ID`."
            ),
            "content": {"text/event-stream": {"schema": _MESSAGE_SCHEMA, "example": _EXAMPLE}},
        }
    },
)
def events(
    session: SessionDep,
    database: DatabaseDep,
    settings: SettingsDep,
    user: CustomerUser,
    credentials: BearerCredentials,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID", max_length=40)] = None,
) -> StreamingResponse:
    """The changes to approval requests that concern me (sent to me, sent by me), as they happen.

    With `Last-Event-ID` (the `id` of the last message received) the events missed meanwhile come first."""
    after = _resume_after(last_event_id)
    if after is None:
        after = latest_event_id(session, user_id=user.id)
    assert credentials is not None  # CustomerUser answered 401 otherwise
    of = StreamOf(user_id=user.id, token=credentials.credentials, after=after)
    return StreamingResponse(
        event_stream(
            database,
            of,
            heartbeat_seconds=settings.events_heartbeat_seconds,
            stream_seconds=settings.events_stream_seconds,
        ),
        media_type="text/event-stream",
        # No cache, no proxy buffering; compression middleware leaves text/event-stream alone.
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
