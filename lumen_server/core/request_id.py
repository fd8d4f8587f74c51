"""A request id for every HTTP request, so a person's "reference 3f9c…" leads to the log lines of that request.

The caller may send ``X-Request-ID`` (a proxy's id, 1–64 letters, digits, ``.``, ``_``, ``-``); otherwise the
service makes one. It is echoed in the ``X-Request-ID`` response header, carried by the body of every 5xx
(``error.request_id``) and by every log record written while the request runs (JSON logs: ``request_id``).
"""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar

from starlette.types import Receive, Scope, Send

from lumen_server.core.asgi import HttpMiddleware, adding_header

HEADER = "X-Request-ID"
_ACCEPTED = re.compile(r"[A-Za-z0-9._-]{1,64}")
_current: ContextVar[str | None] = ContextVar("lumen_request_id", default=None)


def current_request_id() -> str | None:
    """The id of the request being served (None outside a request)."""
    return _current.get()


def _id_for(scope: Scope) -> str:
    headers: list[tuple[bytes, bytes]] = scope.get("headers", [])
    for name, value in headers:
        if name == b"x-request-id":
            offered = value.decode("latin-1")
            if _ACCEPTED.fullmatch(offered):
                return offered
    return uuid.uuid4().hex[:16]


class RequestId(HttpMiddleware):
    """Sets the request's id for everything that runs inside it, and echoes it."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        request_id = _id_for(scope)
        _current.set(request_id)
        await self.app(scope, receive, adding_header(send, HEADER, request_id))
