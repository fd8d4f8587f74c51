"""``GET /events``: each signed-in person's stream of the changes that concern them, resumable by
``Last-Event-ID``, with heartbeats; on PostgreSQL with three workers an event caused in one worker reaches a
stream held by another."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from lumen_server.core.db import Database
from lumen_server.testing import LiveServer, bearer, copy_database, database_for
from tests.server.live_stream import EventReader, Message, worker_of
from tests.server.workflow.support import products

HEARTBEAT = "0.3"  # seconds, so that a test sees several heartbeats without waiting long
EVENT_KEYS = {"id", "kind", "request_id", "version", "at"}


@pytest.fixture
def quick_server(demo_template: Path, tmp_path: Path) -> Iterator[LiveServer]:
    """The service on its own copy of the demo database, with a short heartbeat."""
    database = copy_database(demo_template, tmp_path / "quick")
    with LiveServer(database, extra_env={"LUMEN_EVENTS_HEARTBEAT_SECONDS": HEARTBEAT}) as server:
        yield server


@pytest.fixture
def readers() -> Iterator[list[EventReader]]:
    opened: list[EventReader] = []
    yield opened
    for reader in opened:
        reader.close()


def open_stream(server: LiveServer, readers: list[EventReader], headers: dict[str, str]) -> EventReader:
    reader = EventReader(server.address, headers)
    readers.append(reader)
    assert reader.response.status_code == 200, reader.response.read()
    assert reader.response.headers["content-type"].startswith("text/event-stream")
    ready = reader.next_event()
    assert ready is not None and ready.event == "ready", ready
    return reader


def send_for_approval(http: httpx.Client, headers: dict[str, str], sku: str) -> int:
    http.post("/api/v1/cart/lines", json={"lines": [{"sku": sku, "quantity": 1}]}, headers=headers).raise_for_status()
    response = http.post("/api/v1/cart/submit-for-approval", headers=headers)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def event_for(reader: EventReader, request_id: int) -> Message:
    """The next event about ``request_id`` (events of the person's other requests may come first)."""
    while True:
        message = reader.next_event()
        assert message is not None, "the stream ended"
        if message.json.get("request_id") == request_id:
            return message


def test_the_approver_hears_of_a_new_request_then_resumes_what_she_missed(quick_server, readers):
    (product,) = products(database_for(quick_server.database), 1)
    with httpx.Client(base_url=quick_server.address) as http:
        luc, marie = bearer(http, "luc.gagnon"), bearer(http, "marie.tremblay")
        stream = open_stream(quick_server, readers, marie)

        approval_id = send_for_approval(http, luc, product.sku)

        created = event_for(stream, approval_id)
        assert created.event == "created"
        assert created.json == created.json | {"kind": "created", "request_id": approval_id, "version": 1}
        assert set(created.json) == EVENT_KEYS  # ids, kind, version, moment: no price, no text
        assert created.id == str(created.json["id"])
        stream.close()

        # While marie's app is away, luc cancels; reconnecting with the last id she got brings it first.
        http.post(f"/api/v1/approvals/{approval_id}/cancel", headers=luc).raise_for_status()
        resumed = open_stream(quick_server, readers, marie | {"Last-Event-ID": created.id or ""})
        cancelled = resumed.next_event()
        assert cancelled is not None and cancelled.event == "cancelled"
        assert cancelled.json["request_id"] == approval_id and cancelled.json["version"] == 2
        assert int(cancelled.id or 0) > int(created.id or 0)

        # A new stream without Last-Event-ID starts now: nothing old is replayed, the next message is a heartbeat.
        fresh = open_stream(quick_server, readers, marie)
        following = fresh.next()
        assert following is not None and following.comment == "heartbeat"


def test_each_person_only_hears_of_their_own_requests(quick_server, readers):
    (product,) = products(database_for(quick_server.database), 1)
    with httpx.Client(base_url=quick_server.address) as http:
        luc, marie = bearer(http, "luc.gagnon"), bearer(http, "marie.tremblay")
        paul = bearer(http, "paul.bergeron")  # another customer
        luc_stream = open_stream(quick_server, readers, luc)
        paul_stream = open_stream(quick_server, readers, paul)

        approval_id = send_for_approval(http, luc, product.sku)
        rejected = http.post(f"/api/v1/approvals/{approval_id}/reject", json={"reason": "Not now"}, headers=marie)
        assert rejected.status_code == 200, rejected.text

        assert event_for(luc_stream, approval_id).event == "created"
        decided = event_for(luc_stream, approval_id)
        assert decided.event == "rejected" and decided.json["version"] == 2
        # paul's stream stays alive (two heartbeats after luc heard both events) and tells him nothing.
        heard = [paul_stream.next(), paul_stream.next()]
        assert [m.comment if m else None for m in heard] == ["heartbeat", "heartbeat"]


def test_the_stream_needs_a_valid_token_and_ends_at_sign_out(quick_server, readers):
    with httpx.Client(base_url=quick_server.address) as http:
        refused = http.get("/api/v1/events")
        assert refused.status_code == 401
        assert refused.json()["error"]["code"] == "not_authenticated"
        marie = bearer(http, "marie.tremblay")
        bad = http.get("/api/v1/events", headers=marie | {"Last-Event-ID": "yesterday", "Accept-Language": "fr"})
        assert bad.status_code == 422
        assert bad.json()["error"]["field"] == "Last-Event-ID"
        assert "Last-Event-ID" in bad.json()["error"]["message"]

        stream = open_stream(quick_server, readers, marie)
        http.post("/api/v1/auth/logout", headers=marie).raise_for_status()
        while (message := stream.next()) is not None:
            assert message.comment == "heartbeat"  # nothing but heartbeats until it ends


def test_the_stream_is_never_compressed_and_heartbeats_arrive_as_sent(quick_server, readers):
    with httpx.Client(base_url=quick_server.address) as http:
        marie = bearer(http, "marie.tremblay")
    stream = open_stream(quick_server, readers, marie | {"Accept-Encoding": "gzip"})
    assert "content-encoding" not in stream.response.headers
    assert stream.response.headers["cache-control"] == "no-cache"
    beats = [stream.next() for _ in range(3)]
    assert [m.comment if m else None for m in beats] == ["heartbeat"] * 3


def test_a_worker_stops_promptly_with_streams_open(quick_server, readers):
    with httpx.Client(base_url=quick_server.address) as http:
        marie = bearer(http, "marie.tremblay")
    stream = open_stream(quick_server, readers, marie)
    assert quick_server.process is not None
    quick_server.process.terminate()
    # Ended by itself, as uvicorn does (it re-raises SIGTERM once shut down), not left hanging until killed.
    assert quick_server.process.wait(timeout=10) in (0, -signal.SIGTERM)
    while stream.next() is not None:
        pass  # the stream ends (the reader sees its end)


def test_an_event_caused_in_one_worker_reaches_streams_held_by_the_others(postgres_live_server, readers):
    server: LiveServer = postgres_live_server
    database = Database(server.database_url, pool_size=2)
    (product,) = products(database, 1)
    database.dispose()
    with httpx.Client(base_url=server.address) as http:
        sophie, marie = bearer(http, "sophie.roy"), bearer(http, "marie.tremblay")
        # marie's app has several streams open (several windows, say) until they are held by different workers.
        streams: dict[int, EventReader] = {}
        for _ in range(24):
            reader = open_stream(server, readers, marie)
            streams.setdefault(worker_of(server, reader.local_port), reader)
            if len(streams) == 3:
                break
        assert len(streams) >= 2, "every stream went to the same worker"

        # sophie sends her request over a connection held by one worker...
        http.get("/api/v1/me", headers=sophie).raise_for_status()
        writer = worker_of(server, _local_port(http))
        approval_id = send_for_approval(http, sophie, product.sku)
        assert worker_of(server, _local_port(http)) == writer  # the same kept-alive connection

        # ...and every stream hears of it, those held by the other workers included.
        others = [pid for pid in streams if pid != writer]
        assert others
        for pid, reader in streams.items():
            created = event_for(reader, approval_id)
            assert created.event == "created" and created.json["version"] == 1, pid


def _local_port(http: httpx.Client) -> int:
    """The local port of the client's one kept-alive connection to the service."""
    pool = http._transport._pool  # type: ignore[attr-defined]  # httpx's transport is typed without its pool
    (connection,) = pool.connections
    stream = connection._connection._network_stream
    return int(stream.get_extra_info("socket").getsockname()[1])


def test_another_module_publishes_a_reminder_and_its_recipient_hears_it(quick_server, readers):
    """``events.publish`` as the reminders' scheduler calls it, here from another process on the same database:
    the stream finds it at its next look (each heartbeat re-reads the table), not only when woken."""
    from sqlalchemy import select

    from lumen_server.auth.models import User
    from lumen_server.events import publish

    with httpx.Client(base_url=quick_server.address) as http:
        stream = open_stream(quick_server, readers, bearer(http, "marie.tremblay"))
    database = database_for(quick_server.database)
    with database.session() as session:
        marie = session.scalars(select(User).where(User.username == "marie.tremblay")).one()
        publish(session, user_ids=[marie.id], kind="reminder", request_id=4242, version=7)
    database.dispose()

    reminder = stream.next_event()
    assert reminder is not None and reminder.event == "reminder"
    assert reminder.json == reminder.json | {"kind": "reminder", "request_id": 4242, "version": 7}
