"""GZip for large answers: a page of products travels compressed to a client that accepts it, a small answer
does not, and an event stream (``text/event-stream``) is passed on chunk by chunk, never compressed or held back.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import StreamingResponse
from starlette.types import Message

from lumen_server.app import create_app
from lumen_server.core.config import Settings
from tests.server.helpers_catalog import API, auth, sign_in

# A guard against a hung test, never a measure.
GUARD_SECONDS = 60


def test_a_page_of_products_is_compressed_for_a_client_that_accepts_gzip(api):
    headers = auth(sign_in(api, "marie.tremblay")) | {"Accept-Encoding": "gzip"}
    response = api.get(f"{API}/products", headers=headers, params={"page_size": 50})
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert len(response.json()["items"]) == 50  # the client decoded it
    plain = api.get(f"{API}/products", headers=headers | {"Accept-Encoding": "identity"}, params={"page_size": 50})
    assert "content-encoding" not in plain.headers
    assert plain.json() == response.json()
    assert int(response.headers["content-length"]) < len(plain.content) / 3


def test_a_small_answer_is_sent_as_it_is(api):
    response = api.get(f"{API}/health", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert "content-encoding" not in response.headers


def test_an_event_stream_passes_each_event_before_the_next_is_produced(api_settings: Settings):
    """The stream's second event is produced only once the client has received the first: a middleware that
    buffered the stream (to compress it) would never deliver the first, and the test would hit its guard."""
    app = create_app(api_settings)
    first_received = asyncio.Event()

    async def events() -> AsyncIterator[bytes]:
        yield b"data: " + b"first " * 400 + b"\n\n"  # over GZip's minimum size
        await first_received.wait()
        yield b"data: second\n\n"

    async def stream() -> StreamingResponse:
        return StreamingResponse(events(), media_type="text/event-stream")

    app.add_api_route(f"{API}/test-events", stream)
    started: list[Message] = []
    bodies: list[bytes] = []

    requested: list[bool] = []

    async def receive() -> dict[str, Any]:
        if not requested:
            requested.append(True)
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # then the client sends nothing more and stays connected
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        if message["type"] == "http.response.start":
            started.append(message)
        elif message["type"] == "http.response.body" and message.get("body"):
            bodies.append(message["body"])
            first_received.set()

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": f"{API}/test-events",
        "raw_path": f"{API}/test-events".encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), (b"accept-encoding", b"gzip")],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }

    async def serve() -> None:
        await asyncio.wait_for(app(scope, receive, send), GUARD_SECONDS)

    asyncio.run(serve())
    headers = {name.decode().lower(): value.decode() for name, value in started[0]["headers"]}
    assert "content-encoding" not in headers
    assert headers["content-type"].startswith("text/event-stream")
    assert bodies[0].startswith(b"data: first") and bodies[-1] == b"data: second\n\n"
    assert not bodies[0].startswith(b"\x1f\x8b")  # not a gzip stream's magic number
