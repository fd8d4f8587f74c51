"""Plain ASGI middleware in front of every route (``core.asgi``): the caller's language, the body size limit,
invalid Unicode.

- :class:`LanguageOfRequest` sets the language of the messages from ``Accept-Language`` for the whole request,
  and adds ``Vary: Accept-Language``.
- :class:`BodyGuard` answers 413 ``payload_too_large`` before parsing when ``Content-Length`` or the bytes
  actually received pass ``max_body_bytes``; and 422 ``invalid_unicode`` naming the field when a JSON text holds
  a lone UTF-16 surrogate (``"\\ud800"``), which no database can store and no answer can echo.
"""

from __future__ import annotations

import json
import re
from typing import Any

from babel.numbers import format_decimal
from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lumen_server.core.asgi import HttpMiddleware, adding_header
from lumen_server.core.errors import error_body
from lumen_server.core.i18n import current_language, parse_accept_language, register_messages, request_language

_LOCALES = {"fr": "fr_CA", "en": "en_CA"}
# A JSON escape of a surrogate (\ud800 to \udfff): only then is the body parsed here to look for a lone one.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class LanguageOfRequest(HttpMiddleware):
    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        token = current_language.set(parse_accept_language(Headers(scope=scope).get("accept-language")))
        try:
            await self.app(scope, receive, adding_header(send, "Vary", "Accept-Language", unless_present=True))
        finally:
            current_language.reset(token)


def _lone_surrogate_path(value: Any, path: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """Where in parsed JSON a text (value or key) holds a lone surrogate; None when none does."""
    if isinstance(value, str):
        return path if any(0xD800 <= ord(char) <= 0xDFFF for char in value) else None
    if isinstance(value, list):
        items: list[tuple[str, Any]] = [(str(index), item) for index, item in enumerate(value)]
    elif isinstance(value, dict):
        items = []
        for key, item in value.items():
            if _lone_surrogate_path(key) is not None:
                return path or ("body",)
            items.append((key, item))
    else:
        return None
    for name, item in items:
        found = _lone_surrogate_path(item, (*path, name))
        if found is not None:
            return found
    return None


def invalid_unicode_field(body: bytes) -> str | None:
    """The dotted name of the field whose text has a lone surrogate (``"body"`` for the body as a whole)."""
    if not _SURROGATE_ESCAPE.search(body):
        return None
    try:
        parsed = json.loads(body)
    except (ValueError, RecursionError):
        return None  # not JSON: the route's own parsing refuses it
    found = _lone_surrogate_path(parsed)
    if found is None:
        return None
    return ".".join(found) or "body"


class BodyGuard(HttpMiddleware):
    def __init__(self, app: ASGIApp, *, max_body_bytes: int) -> None:
        super().__init__(app)
        self.max_body_bytes = max_body_bytes

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = format_decimal(self.max_body_bytes, locale=_LOCALES[request_language()])
        response = JSONResponse(error_body("payload_too_large", max=limit), status_code=413)
        response.headers["Connection"] = "close"  # the rest of the body is not read
        await response(scope, receive, send)

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body_bytes:
            await self._too_large(scope, receive, send)
            return
        # Read the whole (bounded) body before the route does, counting what actually arrives: a chunked
        # body or one longer than its Content-Length is stopped at the limit too.
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > self.max_body_bytes:
                await self._too_large(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        field = invalid_unicode_field(body) if body else None
        if field is not None:
            await JSONResponse(error_body("invalid_unicode", field=field), status_code=422)(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


register_messages(
    {
        "payload_too_large": {
            "en": "The request body is too large: at most {max} bytes.",
            "fr": "Le corps de la requête est trop volumineux : au plus {max} octets.",
        },
        "invalid_unicode": {
            "en": "{field} contains an invalid character (a lone UTF-16 surrogate).",
            "fr": "{field} contient un caractère invalide (un demi-caractère UTF-16 isolé).",
        },
    }
)
