"""Reading ``GET /events`` like a client does: a real HTTP stream read by a thread, messages handed over in order.

Also which worker process of a multi-worker ``lumen-server`` holds a given client connection (from ``/proc``), so a
test can tell that an event crossed from one worker to another.
"""

from __future__ import annotations

import json
import os
import queue
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from lumen_server.testing import LiveServer

WAIT_SECONDS = 20.0


@dataclass
class Message:
    """One SSE message (``comment`` set for a ``:`` line such as the heartbeat)."""

    event: str | None = None
    id: str | None = None
    data: str = ""
    comment: str | None = None
    retry: str | None = None
    fields: list[str] = field(default_factory=list)

    @property
    def json(self) -> Any:
        return json.loads(self.data)


class EventReader:
    """An open event stream; ``next()`` waits (with a deadline) for its next message. ``None`` marks its end."""

    def __init__(self, address: str, headers: dict[str, str]) -> None:
        self._client = httpx.Client(base_url=address, timeout=httpx.Timeout(10.0, read=120.0))
        self._context = self._client.stream("GET", "/api/v1/events", headers=headers)
        self.response = self._context.__enter__()
        self._messages: queue.Queue[Message | None] = queue.Queue()
        if self.response.status_code == 200:
            threading.Thread(target=self._read, daemon=True).start()

    @property
    def local_port(self) -> int:
        stream = self.response.extensions["network_stream"]
        return int(stream.get_extra_info("socket").getsockname()[1])

    def _read(self) -> None:
        message = Message()
        try:
            for line in self.response.iter_lines():
                if line == "":
                    if message.fields:
                        self._messages.put(message)
                    message = Message()
                    continue
                name, _, value = line.partition(":")
                value = value.removeprefix(" ")
                message.fields.append(name)
                if name == "":
                    message.comment = value
                elif name == "data":
                    message.data = f"{message.data}\n{value}" if message.data else value
                elif name in ("event", "id", "retry"):
                    setattr(message, name, value)
        except httpx.HTTPError:
            pass
        self._messages.put(None)

    def next(self, timeout: float = WAIT_SECONDS) -> Message | None:
        return self._messages.get(timeout=timeout)

    def next_event(self, timeout: float = WAIT_SECONDS) -> Message | None:
        """The next real message (heartbeat comments skipped), or None when the stream ended."""
        while True:
            message = self.next(timeout)
            if message is None or message.comment is None:
                return message

    def close(self) -> None:
        self._context.__exit__(None, None, None)
        self._client.close()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _socket_inode(server_port: int, client_port: int) -> str | None:
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        parts = line.split()
        local, remote = parts[1], parts[2]
        if int(local.split(":")[1], 16) == server_port and int(remote.split(":")[1], 16) == client_port:
            return parts[9]
    return None


def worker_of(server: LiveServer, client_port: int) -> int:
    """The pid of the worker process holding the service's end of the connection from ``client_port``."""
    assert server.process is not None
    inode = _socket_inode(server.port, client_port)
    assert inode is not None, "no such connection"
    for pid in _children(server.process.pid):
        try:
            links = [os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir()]
        except OSError:
            continue
        if f"socket:[{inode}]" in links:
            return pid
    raise AssertionError("no worker holds the connection")
