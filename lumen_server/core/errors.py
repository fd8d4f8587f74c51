"""The contract's error body for every failure: ``{"error": {"code", "message", "field"}}``.

Service functions raise :class:`ApiError` (this module knows no web framework); ``core.error_handlers`` turns it,
FastAPI's validation errors and anything unexpected into that body, with the message in the caller's language.
"""

from __future__ import annotations

from typing import Any

from lumen_server.core.i18n import request_language, translate


class ApiError(Exception):
    """A refusal the caller can act on: HTTP status, stable code, the field at fault, message params."""

    def __init__(
        self,
        status: int,
        code: str,
        *,
        field: str | None = None,
        lines: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        **params: object,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.field = field
        self.lines = lines
        self.headers = headers
        self.params: dict[str, Any] = params


def line_error(index: int, sku: str | None, field: str, code: str, **params: object) -> dict[str, Any]:
    """One entry of a bulk ``lines`` error list, message in the request's language."""
    return {
        "index": index,
        "sku": sku,
        "field": field,
        "code": code,
        "message": translate(code, request_language(), field=field, **params),
    }


def error_body(
    code: str, *, field: str | None = None, lines: list[dict[str, Any]] | None = None, **params: object
) -> dict[str, Any]:
    # ``message_code``: a wording of its own for the same code (e.g. one without an amount, for a no-price user).
    message_code = str(params.pop("message_code", code))
    error: dict[str, Any] = {
        "code": code,
        "message": translate(message_code, request_language(), field=field, **params),
    }
    if field is not None:
        error["field"] = field
    if lines is not None:
        error["lines"] = lines
    return {"error": error}
