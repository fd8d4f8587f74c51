"""``GET /events``: the signed-in user's live event stream (Server-Sent Events), read as it arrives.

``client.events.open(last_event_id)`` answers an ``EventStream``; iterating ``messages()`` blocks until the next
message (run it on a worker thread, never the GUI thread). ``close()`` may be called from another thread to end a
blocked read. A stream with no byte for ``read_timeout`` seconds (the service sends a heartbeat every 15 s) raises
``ServiceUnreachable``, as a dead connection would.
"""

from __future__ import annotations

import contextlib
import json
import socket
from collections.abc import Iterator
from dataclasses import dataclass

import requests
from pydantic import BaseModel, ConfigDict

from .base import CallGroup
from .errors import ServiceUnreachable

READ_TIMEOUT = 45.0


class LiveEvent(BaseModel):
    """Something happened to a request that concerns me: its id, what (the history kind) and its new version."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: int
    kind: str
    request_id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class StreamMessage:
    event: str
    id: str | None
    data: str

    def live_event(self) -> LiveEvent | None:
        """The message as a ``LiveEvent`` (None for ``ready`` and anything unreadable)."""
        if self.event == "ready":
            return None
        try:
            return LiveEvent.model_validate(json.loads(self.data))
        except ValueError:
            return None


class EventStream:
    def __init__(self, response: requests.Response, address: str) -> None:
        self._response = response
        self._address = address

    def messages(self) -> Iterator[StreamMessage]:
        """Each message as it arrives (heartbeat comments are skipped); ends when the service ends the stream."""
        event, last_id = "message", None
        data: list[str] = []
        try:
            for line in self._lines():
                if line == "":
                    if data or event != "message":
                        yield StreamMessage(event, last_id, "\n".join(data))
                    event, data = "message", []
                    continue
                name, _, value = line.partition(":")
                value = value.removeprefix(" ")
                if name == "event":
                    event = value
                elif name == "data":
                    data.append(value)
                elif name == "id":
                    last_id = value
        except (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError) as exc:
            raise ServiceUnreachable(self._address, "event stream interrupted") from exc
        except (AttributeError, ValueError, OSError) as exc:  # closed from another thread mid-read
            raise ServiceUnreachable(self._address, "event stream closed") from exc

    def _lines(self) -> Iterator[str]:
        pending = ""
        for chunk in self._response.iter_content(chunk_size=None, decode_unicode=False):
            pending += chunk.decode("utf-8", errors="replace")
            *lines, pending = pending.replace("\r\n", "\n").split("\n")
            yield from lines

    def close(self) -> None:
        """Ends the stream now, also for a thread blocked reading it: closing the response alone would leave that
        read waiting for the next byte (a heartbeat, up to 15 s later)."""
        connection = getattr(self._response.raw, "connection", None)
        sock = getattr(connection, "sock", None)
        if isinstance(sock, socket.socket):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._response.close()


class EventCalls(CallGroup):
    def open(self, last_event_id: str | None = None, read_timeout: float = READ_TIMEOUT) -> EventStream:
        """Opens the stream, resuming after ``last_event_id`` (the ``id`` of the last message received)."""
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-cache"}
        if last_event_id:
            headers["Last-Event-ID"] = last_event_id
        response = self._client.request("GET", "/events", headers=headers, stream=True, timeout=(3.05, read_timeout))
        return EventStream(response, self._client.address)
