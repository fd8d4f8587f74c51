"""The served OpenAPI document, made honest: every operation lists the error statuses it can answer, each with
the contract's error body, and the headers the service requires are documented as required.

FastAPI documents only the 422 of its own validation (in a shape the service never sends). What else each
operation can answer follows from how it is built (a bearer token: 401; the password-change gate or a role: 403,
but for :data:`UNGATED`; a path parameter: 404; a body: 413 and 422) and, for the rules behind it, from
:data:`RULE_STATUSES`.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}
_RETRY_AFTER = {"required": True, "schema": {"type": "integer"}, "description": "Seconds to wait"}

_ERROR_SCHEMAS: dict[str, Any] = {
    "ErrorBody": {
        "type": "object",
        "description": "Every refusal: a stable code, a message in the caller's language, the field at fault.",
        "properties": {"error": {"$ref": "#/components/schemas/Error"}},
        "required": ["error"],
        "additionalProperties": False,
    },
    "Error": {
        "type": "object",
        "properties": {
            "code": {"type": "string", "pattern": "^[a-z][a-z0-9]*(_[a-z0-9]+)*$"},
            "message": {"type": "string", "minLength": 1},
            "field": {"type": "string", "minLength": 1, "description": "The field, parameter or header at fault."},
            "lines": {"type": "array", "items": {"$ref": "#/components/schemas/LineError"}},
            "current_version": {"type": "integer", "description": "version_conflict: the version to read again."},
            "request_id": {
                "type": "string",
                "description": "5xx: the request's id (also the X-Request-ID header), to find it in the service's log.",
            },
        },
        "required": ["code", "message"],
    },
    "LineError": {
        "type": "object",
        "properties": {
            "index": {"type": "integer"},
            "sku": {"type": ["string", "null"]},
            "field": {"type": "string"},
            "code": {"type": "string"},
            "message": {"type": "string"},
        },
        "required": ["index", "field", "code", "message"],
    },
}

_GENERIC = {
    401: "not_authenticated, invalid_token: no valid bearer token (header WWW-Authenticate: Bearer)",
    403: "password_change_required, or this account's role may not do this (customer_only, staff_only...)",
    404: "The object named in the path does not exist or is not visible to this user",
    413: "payload_too_large: the body is larger than the service's limit (LUMEN_MAX_BODY_BYTES); not parsed",
    422: "The request is not valid: error.field names the field (invalid_unicode, control_character, too_long...)",
    429: "too_many_attempts: wait the Retry-After seconds",
    503: "database_unavailable: the database refused a connection; nothing was done, retry after Retry-After",
}

# What the rules behind an operation can answer beyond its shape (method, path as served).
RULE_STATUSES: dict[tuple[str, str], dict[int, str]] = {
    ("post", "/auth/token"): {429: _GENERIC[429]},
    ("post", "/auth/refresh"): {401: "invalid_token: unknown, expired or reused refresh token (reuse revokes it)"},
    ("post", "/auth/password"): {422: "wrong_current_password, password_unchanged, too_short"},
    ("post", "/cart/checkout"): {
        403: "approval_required: this account sends orders for approval; over_order_limit: the cart's subtotal is "
        "over this account's order limit (send it for approval)",
        422: "cart_empty, invalid_lines, idempotency_key_reused (the key was used for another request)",
    },
    ("post", "/cart/submit-for-approval"): {
        403: "not_a_requester: this account places its own orders",
        409: "approver_unavailable: the approver's account is inactive",
    },
    ("patch", "/approvals/{approval_id}"): {
        409: "version_conflict (error.current_version), already_decided, request_cancelled",
        428: "precondition_required: If-Match (the ETag read) is missing",
    },
    ("post", "/approvals/{approval_id}/approve"): {
        403: "not_the_approver; self_approval: the requester stands in for their own approver",
        409: "already_decided (someone else, e.g. the stand-in, decided first), request_cancelled, "
        "second_approval_required (edited over the second-tier threshold)",
        422: "invalid_lines, idempotency_key_reused (the key was used for another request)",
    },
    ("post", "/approvals/{approval_id}/reject"): {
        403: "not_the_approver; self_approval: the requester stands in for their own approver",
        409: "already_decided (someone else, e.g. the stand-in, decided first), request_cancelled",
    },
    ("get", "/me/away"): {404: "away_not_set: no absence is set"},
    ("put", "/me/away"): {
        403: "cannot_place_orders: only a buyer may name a stand-in",
        422: "away_dates_order, away_in_past (ends_on); stand_in_self, stand_in_not_a_buyer (stand_in)",
    },
    ("post", "/approvals/{approval_id}/cancel"): {409: "already_decided, request_cancelled"},
    ("post", "/approvals/{approval_id}/comments"): {
        409: "already_decided, request_cancelled: the thread of a decided request is read-only",
        422: "comment_required (blank text), too_long (over 1000 characters), control_character",
    },
    ("post", "/inbox/merge"): {
        403: "not_the_approver (a request is not addressed to me), cannot_place_orders",
        404: "approval_not_found: a request named does not exist or is not visible (error.field: requests.N.id)",
        409: "merge_not_pending, merge_version_conflict: error.field names the request (requests.N); nothing placed",
        422: "merge_other_customer, merge_duplicate, invalid_lines, idempotency_key_reused",
    },
    ("post", "/account-requests"): {409: "email_taken, invalid_approver"},
    ("get", "/customers/{number}/approval-rule"): {404: "unknown_customer, approval_rule_not_found"},
    ("put", "/customers/{number}/approval-rule"): {
        404: "unknown_customer",
        422: "invalid_second_approver (approver_username), too_small, too_large, invalid_number (threshold)",
    },
    ("delete", "/customers/{number}/approval-rule"): {404: "unknown_customer, approval_rule_not_found"},
    ("post", "/account-requests/{request_id}/approve"): {409: "account_request_decided, email_taken"},
    ("post", "/account-requests/{request_id}/reject"): {409: "account_request_decided"},
}

# Headers a route reads itself (so that it can answer the contract's status) but that are required all the same.
REQUIRED_HEADERS: dict[tuple[str, str], dict[str, dict[str, Any]]] = {
    ("patch", "/approvals/{approval_id}"): {"If-Match": {"type": "string", "minLength": 1, "maxLength": 100}}
}


class Links(NamedTuple):
    """Where a created resource's answer leads: each linked operation's ``parameter`` is the answer's ``field``."""

    parameter: str
    field: str
    operations: dict[str, tuple[str, str]]  # link name → (method, path)


# Where an answer's id leads (OpenAPI links, which stateful clients and testers follow), by (method, path, status).
LINKS: dict[tuple[str, str, str], Links] = {
    ("post", "/templates", "201"): Links(
        parameter="template_id",
        field="id",
        operations={
            "GetTemplate": ("get", "/templates/{template_id}"),
            "ChangeTemplate": ("put", "/templates/{template_id}"),
            "AddTemplateToCart": ("post", "/templates/{template_id}/add-to-cart"),
            "DeleteTemplate": ("delete", "/templates/{template_id}"),
        },
    ),
    ("post", "/cart/submit-for-approval", "201"): Links(
        parameter="approval_id",
        field="id",
        operations={
            "GetApproval": ("get", "/approvals/{approval_id}"),
            "EditApproval": ("patch", "/approvals/{approval_id}"),
            "Approve": ("post", "/approvals/{approval_id}/approve"),
            "Reject": ("post", "/approvals/{approval_id}/reject"),
            "Cancel": ("post", "/approvals/{approval_id}/cancel"),
        },
    ),
    ("post", "/cart/checkout", "201"): Links(
        parameter="number",
        field="number",
        operations={"GetOrder": ("get", "/orders/{number}"), "Reorder": ("post", "/orders/{number}/reorder")},
    ),
    ("post", "/account-requests", "201"): Links(
        parameter="request_id",
        field="id",
        operations={
            "ApproveAccountRequest": ("post", "/account-requests/{request_id}/approve"),
            "RejectAccountRequest": ("post", "/account-requests/{request_id}/reject"),
        },
    ),
}

# Signed-in operations allowed before the first-login password change and open to every role: no 403.
UNGATED: set[tuple[str, str]] = {("get", "/me"), ("post", "/auth/password"), ("post", "/auth/logout")}


def _error_response(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": ERROR_REF}}}


def _statuses(operation: dict[str, Any], key: tuple[str, str]) -> dict[int, str]:
    statuses: dict[int, str] = {}
    parameters = operation.get("parameters", [])
    if operation.get("security"):
        statuses[401] = _GENERIC[401]
        if key not in UNGATED:
            statuses[403] = _GENERIC[403]
    if any(parameter["in"] == "path" for parameter in parameters):
        statuses[404] = _GENERIC[404]
    if "requestBody" in operation:
        statuses[413] = _GENERIC[413]
    if parameters or "requestBody" in operation:
        statuses[422] = _GENERIC[422]
    statuses[503] = _GENERIC[503]
    return statuses | RULE_STATUSES.get(key, {})


def honest_openapi(app: FastAPI, *, prefix: str) -> dict[str, Any]:
    """The document FastAPI builds, with every error status and required header documented."""
    document = get_openapi(title=app.title, version=app.version, routes=app.routes, description=app.description)
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    schemas.update(_ERROR_SCHEMAS)
    for path, item in document["paths"].items():
        local = path.removeprefix(prefix)
        for method, operation in item.items():
            key = (method, local)
            responses = operation.setdefault("responses", {})
            for status, description in sorted(_statuses(operation, key).items()):
                responses[str(status)] = _error_response(description)
            for waiting in ("429", "503"):
                if waiting in responses:
                    responses[waiting]["headers"] = {"Retry-After": _RETRY_AFTER}
            if "401" in responses:
                responses["401"]["headers"] = {"WWW-Authenticate": {"schema": {"type": "string"}}}
            required = REQUIRED_HEADERS.get(key, {})
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "header" and parameter["name"] in required:
                    parameter["required"] = True
                    parameter["schema"] = required[parameter["name"]]
    _add_links(document, prefix=prefix)
    return document


def _pointer(path: str) -> str:
    return path.replace("~", "~0").replace("/", "~1")


def _add_links(document: dict[str, Any], *, prefix: str) -> None:
    for (method, path, status), links in LINKS.items():
        response = document["paths"][prefix + path][method]["responses"][status]
        expression = f"$response.body#/{links.field}"
        response["links"] = {
            name: {
                "operationRef": f"#/paths/{_pointer(prefix + target)}/{target_method}",
                "parameters": {links.parameter: expression},
            }
            for name, (target_method, target) in links.operations.items()
        }


def install_openapi(app: FastAPI, *, prefix: str) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = honest_openapi(app, prefix=prefix)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile("".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts) + "$")


def allowed_methods(app: FastAPI, path: str) -> list[str] | None:
    """Every method the documented operations answer at ``path`` (for a 405's ``Allow``); None if none does."""
    patterns: list[tuple[re.Pattern[str], list[str]]] | None = getattr(app.state, "allowed_methods", None)
    if patterns is None:
        patterns = [
            (_template_pattern(template), [method.upper() for method in item])
            for template, item in app.openapi()["paths"].items()
        ]
        app.state.allowed_methods = patterns
    methods = {method for pattern, listed in patterns if pattern.match(path) for method in listed}
    if not methods:
        return None
    order = ("GET", "POST", "PUT", "PATCH", "DELETE")
    return sorted(methods, key=lambda method: order.index(method) if method in order else len(order))
