"""What the service's plain ASGI middleware share.

Plain ASGI (not ``@app.middleware("http")``, which wraps every response in a stream of its own) so that each
costs a few attribute lookups per request.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HttpMiddleware:
    """Passes everything but an HTTP request (lifespan, websockets) straight on; :meth:`http` handles the rest."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.http(scope, receive, send)

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError


def adding_header(send: Send, name: str, value: str, *, unless_present: bool = False) -> Send:
    """``send``, adding the response header ``name: value`` (with ``unless_present``, only to a response that
    has no ``name`` header of its own)."""

    async def send_with_header(message: Message) -> None:
        if message["type"] == "http.response.start":
            message.setdefault("headers", [])
            headers = MutableHeaders(scope=message)
            if not (unless_present and name in headers):
                headers[name] = value
        await send(message)

    return send_with_header
