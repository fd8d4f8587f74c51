"""The handlers that turn every failure into the contract's error body (``core.errors``): an :class:`ApiError`,
FastAPI's validation errors, a database out of reach, and anything unexpected (logged with its request id, which
the body carries)."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from lumen_server.core.db import UnstorableText
from lumen_server.core.errors import ApiError, error_body, line_error
from lumen_server.core.openapi import allowed_methods
from lumen_server.core.request_id import HEADER as REQUEST_ID_HEADER
from lumen_server.core.request_id import current_request_id

log = logging.getLogger(__name__)


# pydantic error types → (our code, params taken from the pydantic context)
_VALIDATION_CODES: dict[str, str] = {
    "missing": "field_required",
    "json_invalid": "malformed_json",
    "int_parsing": "invalid_integer",
    "int_type": "invalid_integer",
    "int_from_float": "invalid_integer",
    "float_parsing": "invalid_number",
    "float_type": "invalid_number",
    "decimal_parsing": "invalid_number",
    "decimal_type": "invalid_number",
    "bool_parsing": "invalid_boolean",
    "bool_type": "invalid_boolean",
    "string_type": "invalid_string",
    "string_too_long": "too_long",
    "string_too_short": "too_short",
    "too_long": "too_long",
    "too_short": "too_short",
    "less_than_equal": "too_large",
    "less_than": "too_large",
    "greater_than_equal": "too_small",
    "greater_than": "too_small",
    "literal_error": "invalid_choice",
    "enum": "invalid_choice",
    "value_error": "invalid_value",
    "extra_forbidden": "unknown_field",
    "model_type": "invalid_body",
    "model_attributes_type": "invalid_body",
    "dict_type": "invalid_body",
    "list_type": "invalid_value",
}


def _params(err: dict[str, Any]) -> dict[str, Any]:
    ctx = err.get("ctx") or {}
    params: dict[str, object] = {}
    for ours, theirs in (
        ("max", "max_length"),
        ("min", "min_length"),
        ("max", "le"),
        ("max", "lt"),
        ("min", "ge"),
        ("min", "gt"),
    ):
        if theirs in ctx:
            params[ours] = ctx[theirs]
    if "expected" in ctx:
        params["choices"] = str(ctx["expected"]).replace("'", "")
    if err.get("type") == "value_error" and "error" in ctx:
        # Our own validators raise ValueError("<code>"): a code of the catalog.
        params["_code"] = str(ctx["error"])
    return params


def _name(part: Any) -> str:
    # A JSON key may be empty text: shown quoted, so the message still names it.
    return str(part) or '""'


def _field_name(loc: tuple[Any, ...]) -> str | None:
    """``lines.0.sku`` for ``("body", "lines", 0, "sku")``: the location kind goes, a key that spells one stays."""
    parts = loc[1:] if loc and loc[0] in ("body", "query", "path", "header", "cookie") else loc
    return ".".join(_name(p) for p in parts) if parts else None


def _sku_of_line(body: Any, index: int) -> str | None:
    """The SKU the caller sent on ``lines[index]``, so a per-line type error still names its product."""
    lines = body.get("lines") if isinstance(body, dict) else None
    if isinstance(lines, list) and 0 <= index < len(lines) and isinstance(lines[index], dict):
        sku = lines[index].get("sku")
        return sku if isinstance(sku, str) else None
    return None


def validation_error_body(errors: list[dict[str, Any]], body: Any = None) -> dict[str, Any]:
    """The first error names the field; errors inside ``lines[i]`` are also listed per line."""
    lines: list[dict[str, Any]] = []
    first: tuple[str, str | None, dict[str, Any]] | None = None
    for err in errors:
        params = _params(err)
        code = str(params.pop("_code", "")) or _VALIDATION_CODES.get(err.get("type", ""), "invalid_value")
        loc = tuple(err.get("loc", ()))
        if loc and loc[0] == "body" and len(loc) >= 3 and loc[1] == "lines" and isinstance(loc[2], int):
            line_field = _name(loc[3]) if len(loc) > 3 else "lines"
            lines.append(line_error(loc[2], _sku_of_line(body, loc[2]), line_field, code, **params))
        field = _field_name(loc)
        if code == "malformed_json":
            field = None
        elif field is None and code == "field_required":
            code = "invalid_body"  # no body at all: it is the body, not one of its fields, that is missing
        if first is None:
            first = (code, field, params)
    code, field, params = first or ("invalid_value", None, {})
    if lines:
        return error_body("invalid_lines", field="lines", lines=lines)
    return error_body(code, field=field, **params)


def _parameter_holding_nul(request: Request) -> str | None:
    """The path or query parameter that carried a NUL character (None when it came in the body)."""
    for name, value in [*request.path_params.items(), *request.query_params.multi_items()]:
        if "\x00" in str(value):
            return name
    return None


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        body = error_body(exc.code, field=exc.field, lines=exc.lines, **exc.params)
        return JSONResponse(body, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(validation_error_body(list(exc.errors()), exc.body), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:
            # FastAPI's "error parsing the body": bytes that are not UTF-8, JSON nested too deep. To the caller
            # that is malformed JSON, which the contract answers with 422.
            return JSONResponse(error_body("malformed_json"), status_code=422)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "invalid_request")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            # The router names the methods of the first route on the path only; Allow lists them all.
            allowed = allowed_methods(app, request.url.path)
            if allowed:
                headers["Allow"] = ", ".join(allowed)
        return JSONResponse(error_body(code), status_code=exc.status_code, headers=headers)

    @app.exception_handler(UnstorableText)
    async def _unstorable_text(request: Request, _exc: UnstorableText) -> JSONResponse:
        return JSONResponse(error_body("nul_character", field=_parameter_holding_nul(request)), status_code=422)

    @app.exception_handler(OperationalError)
    @app.exception_handler(PoolTimeout)
    async def _database_unavailable(_request: Request, exc: Exception) -> JSONResponse:
        # The database refused a connection (PostgreSQL's max_connections used up, a restart) or stayed locked:
        # the transaction was rolled back, and the same request can be sent again in a moment.
        log.warning("database unavailable (request %s): %s", current_request_id(), exc)
        return _server_error("database_unavailable", 503, {"Retry-After": "2"})

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error(
            "unexpected error (request %s, %s %s)", current_request_id(), request.method, request.url.path, exc_info=exc
        )
        return _server_error("internal_error", 500, {})


def _server_error(code: str, status: int, headers: dict[str, str]) -> JSONResponse:
    """A 5xx body carrying the request's id, the reference a person can give support to find the log lines."""
    body = error_body(code)
    request_id = current_request_id()
    if request_id is not None:
        body["error"]["request_id"] = request_id
        # Starlette answers unexpected errors outside the middleware that would add the header: add it here.
        headers = {**headers, REQUEST_ID_HEADER: request_id}
    return JSONResponse(body, status_code=status, headers=headers)
