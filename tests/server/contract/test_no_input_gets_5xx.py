"""Invariant 6, for every endpoint of the OpenAPI schema: no input makes the service answer 5xx, and every refusal
has the contract's error body.

Each operation the schema lists (a new endpoint is tested with no edit here) is called by a buyer (marie.tremblay),
a requester (luc.gagnon) and staff (ecomm) — public ones by an anonymous caller — with requests that schemathesis
derives from the schema: valid ones, and invalid ones (wrong types, missing and unknown fields, over-long strings,
negative and huge numbers, any unicode), some aimed at real objects (a product, a template, an order, an approval
request, an account request) so they reach the rules beyond validation; path parameters that are zero, negative,
beyond 64 bits, NUL; then bodies no schema describes (none, unreadable JSON, bytes that are not UTF-8, keys that
are empty text, JSON nested 100,000 deep, integers beyond 64 bits). Every answer is below 500, and every 4xx is
``{"error": {"code": snake_case, "message": text, "field": ...}}`` with a code of the message catalog, naming the
field when its message is about one. Every answer also passes schemathesis' own checks (all but "positive data
acceptance", see NOT_CHECKED): its status is one the schema documents for the operation, its body and headers
match the documented ones, invalid data is refused. Workflows along the schema's links, and a method a path
does not have (405 with ``Allow``), have their own tests; French refusals too, and NUL characters on PostgreSQL.
The run is deterministic (derandomized, a fixed number of examples per operation) and takes about a minute.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import positive_data_acceptance
from schemathesis.python import asgi

from lumen_server.app import create_app
from lumen_server.cart.lines import MAX_QUANTITY
from lumen_server.catalog.models import Product
from lumen_server.core.db import Database
from lumen_server.core.i18n import translate
from lumen_server.testing import bearer, copy_database
from tests.server.contract.support import (
    METHODS,
    Operation,
    Seeded,
    contract_error_problems,
    demo_settings,
    open_token,
    openapi_document,
    operations,
    products_for_sale,
)

DOCUMENT = openapi_document()
OPERATIONS = operations(DOCUMENT)
CALLERS = ("marie.tremblay", "luc.gagnon", "ecomm")  # a buyer, a requester, staff
# luc reads French: his refusals must have their French text too (the catalog check covers both languages).
LANGUAGE_OF = {"luc.gagnon": "fr-CA,fr;q=0.9"}
EXAMPLES_PER_OPERATION = 15
# Valid data may still break a rule no schema can state (the cart is empty, the request was decided): the
# contract answers 422 or 409 for it, which "positive data acceptance" would count as a failure.
NOT_CHECKED = [positive_data_acceptance]
EXAMPLES_PER_OBJECT = 3
STATEFUL_SCENARIOS = 20
BASE_URL = f"http://{asgi.HOST}"

# Bodies no schema describes, sent to every operation that takes one.
HOSTILE_BODIES: list[tuple[str, bytes]] = [
    ("application/json", b""),
    ("application/json", b'{"": null, "body": 1, "lines": [{"": 1}]}'),
    ("application/json", b'{"lines": [{"sku": '),
    ("application/json", b"\xff\xfe\x00not utf-8"),
    ("application/json", b"[" * 100_000),
    ("application/json", b"null"),
    ("application/json", b'"text"'),
    ("application/json", b"1e999999"),
    ("application/json", b'{"quantity": 123456789012345678901234567890, "lines": [{"sku": "X", "quantity": 1e400}]}'),
    ("text/plain", b"quantity=1"),
]

# Path parameter values a route may not expect: zero, negative, beyond 64 bits, very long, unicode, NUL, "..".
HOSTILE_PATH_VALUES = ["0", "-1", "9" * 40, "x" * 2_000, "Éclairage 😀 \u202e", "\x00", ".."]


@dataclass
class FuzzedService:
    app: FastAPI
    database: Database
    client: requests.Session
    seeded: Seeded
    schema: schemathesis.BaseSchema


def _refs(node: Any) -> set[str]:
    """Names of the component schemas ``node`` refers to directly."""
    if isinstance(node, list):
        return set().union(*map(_refs, node)) if node else set()
    if not isinstance(node, dict):
        return set()
    found = {node["$ref"].rsplit("/", 1)[-1]} if isinstance(node.get("$ref"), str) else set()
    return found.union(*(_refs(value) for value in node.values()))


def _request_components(document: dict[str, Any]) -> set[str]:
    """The component schemas requests are made of (bodies, parameters), followed through their references."""
    components = document.get("components", {}).get("schemas", {})
    pending = set()
    for item in document["paths"].values():
        for operation in item.values():
            pending |= _refs(operation.get("requestBody")) | _refs(operation.get("parameters"))
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in seen and name in components:
            seen.add(name)
            pending |= _refs(components[name])
    return seen


def _sharpen(node: Any, skus: list[str]) -> Any:
    if isinstance(node, list):
        return [_sharpen(item, skus) for item in node]
    if not isinstance(node, dict):
        return node
    sharpened = {key: _sharpen(value, skus) for key, value in node.items()}
    properties = sharpened.get("properties")
    if isinstance(properties, dict) and "sku" in properties:
        properties["sku"] = {"type": "string", "enum": skus}
        if "quantity" in properties:
            properties["quantity"] = {"type": "integer", "minimum": 1, "maximum": MAX_QUANTITY}
    return sharpened


def _without_security(node: Any) -> Any:
    if isinstance(node, list):
        return [_without_security(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {key: _without_security(value) for key, value in node.items() if key != "security"}


def _sharpened(document: Any, skus: list[str]) -> Any:
    """The schema as schemathesis should read it: in requests, a valid line names a product of the catalog and a
    quantity the contract allows (so valid requests get past validation to the rules behind it; invalid ones
    still try any text and any number), responses as served; and no security scheme (each test signs its caller
    in itself; schemathesis would otherwise drop or garble the token)."""
    document = _without_security(document)
    schemas = document.get("components", {}).get("schemas", {})
    for name in _request_components(document):
        schemas[name] = _sharpen(schemas[name], skus)
    for item in document["paths"].values():
        for operation in item.values():
            if "requestBody" in operation:
                operation["requestBody"] = _sharpen(operation["requestBody"], skus)
    return document


def _seed(client: requests.Session, database: Database) -> Seeded:
    """One object of each kind, made through the API; their ids are the path parameters worth aiming at."""
    seeded = Seeded()
    *others, each = products_for_sale(database, 3, Product.sale_multiple == 1)
    (multiple,) = products_for_sale(database, 1, Product.sale_multiple > 1)
    marie, luc = open_token(database, "marie.tremblay"), open_token(database, "luc.gagnon")

    def call(method: str, path: str, headers: dict[str, str] | None = None, **kwargs: Any) -> Any:
        answer = client.request(method, f"/api/v1{path}", headers=headers, **kwargs)
        assert answer.status_code in (200, 201), f"{method} {path}: {answer.status_code} {answer.text}"
        return answer.json()

    call("POST", "/cart/lines", marie, json={"lines": [{"sku": each.sku, "quantity": 2}]})
    template = call("POST", "/templates", marie, json={"name": "Chantier Laval", "from_cart": True})
    order = call("POST", "/cart/checkout", marie, json={"shipping": {"method": "delivery"}})
    call("POST", "/cart/lines", marie, json={"lines": [{"sku": multiple.sku, "quantity": multiple.sale_multiple}]})
    call("POST", "/cart/lines", luc, json={"lines": [{"sku": each.sku, "quantity": 3}]})
    approval = call("POST", "/cart/submit-for-approval", luc, json={"note": "Pour lundi"})
    call("POST", "/cart/lines", luc, json={"lines": [{"sku": each.sku, "quantity": 1}]})
    form = {
        "customer_number": "100234",
        "first_name": "Émilie",
        "last_name": "Côté",
        "email": "emilie.cote@example.com",
        "language": "fr",
        "permission": "order_for_approval",
        "can_see_prices": False,
        "approver_email": "marie.tremblay@example.com",
        "channel": "web",
    }
    account_request = call("POST", "/account-requests", json=form)

    for sku in (each.sku, multiple.sku, *(product.sku for product in others)):
        seeded.add("sku", sku)
    seeded.add("template_id", template["id"])
    seeded.add("number", order["number"])
    seeded.add("approval_id", approval["id"])
    seeded.add("request_id", account_request["id"])
    return seeded


@pytest.fixture(scope="module")
def service(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FuzzedService]:
    """The demo service in-process, shared by the module (what one request changes, the next one meets)."""
    path = copy_database(demo_template, tmp_path_factory.mktemp("fuzzed-service"))
    app = create_app(demo_settings(path))
    try:
        # schemathesis types an ASGI app's messages as dict, Starlette as MutableMapping: the same protocol.
        with asgi.get_client(app) as client:  # type: ignore[arg-type]
            database: Database = app.state.database
            seeded = _seed(client, database)
            schema = schemathesis.openapi.from_dict(_sharpened(DOCUMENT, seeded.values["sku"]))
            yield FuzzedService(app, database, client, seeded, schema)
    finally:
        asgi.shutdown_lifespans()


def _request_groups(
    operation: Operation, service: FuzzedService
) -> list[tuple[st.SearchStrategy[schemathesis.Case[Any]], int]]:
    """(strategy, how many examples) for the operation: any valid or invalid request; valid ones aimed at each
    real object; and, in each path parameter, values a route may not expect (0, negative, beyond 64 bits...)."""
    api_operation = service.schema[operation.path][operation.method]
    anything = st.one_of(
        api_operation.as_strategy(GenerationMode.POSITIVE), api_operation.as_strategy(GenerationMode.NEGATIVE)
    )
    groups = [(anything, EXAMPLES_PER_OPERATION)]
    names = [p["name"] for p in _operation_schema(operation).get("parameters", []) if p["in"] == "path"]
    if names:
        aimed = [service.seeded.values.get(name, []) for name in names]
        hostile = [HOSTILE_PATH_VALUES for _ in names]
        for choices, examples in ((aimed, EXAMPLES_PER_OBJECT), (hostile, 1)):
            for values in itertools.product(*choices):
                path_parameters = dict(zip(names, values, strict=True))
                groups.append((api_operation.as_strategy(path_parameters=path_parameters), examples))
    return groups


def _operation_schema(operation: Operation) -> dict[str, Any]:
    schema: dict[str, Any] = DOCUMENT["paths"][operation.path][operation.method]
    return schema


def _problems(answer: requests.Response | schemathesis.Response, request: str) -> list[str]:
    if answer.status_code >= 500:
        return [f"{request} → {answer.status_code} {answer.text[:300]}"]
    if 400 <= answer.status_code < 500:
        try:
            body = answer.json()
        except ValueError:
            return [f"{request} → {answer.status_code} with a body that is not JSON: {answer.text[:200]!r}"]
        return [f"{request} → {answer.status_code}: {p}" for p in contract_error_problems(answer.status_code, body)]
    return []


def _send_case(client: requests.Session, case: schemathesis.Case[Any], headers: dict[str, str]) -> list[str]:
    request = case.as_curl_command(headers=headers)
    try:
        answer = case.call(base_url=BASE_URL, session=client, headers=headers)
    except Exception as crash:  # the app raised instead of answering: a real client would have had a 500
        return [f"{request} → raised {crash!r}"]
    problems = _problems(answer, request)
    try:
        # Every schemathesis check but one: the status is documented, the body and headers match the schema,
        # invalid data is refused, a created object can be read, a deleted one is gone...
        case.validate_response(answer, headers=headers, excluded_checks=NOT_CHECKED)
    except Exception as failure:  # schemathesis reports every failed check at once
        problems.append(f"{request} → {answer.status_code}: {failure}")
    return problems


def _send_raw(client: requests.Session, method: str, url: str, headers: dict[str, str], raw: bytes) -> list[str]:
    request = f"{method} {url} {headers.get('Content-Type')} {raw[:40]!r}"
    try:
        answer = client.request(method, url, data=raw, headers=headers)
    except Exception as crash:
        return [f"{request} → raised {crash!r}"]
    return _problems(answer, request)


def _aimed_path(operation: Operation, seeded: Seeded) -> str:
    path = operation.path
    for name, values in seeded.values.items():
        path = path.replace(f"{{{name}}}", str(values[0]))
    return path


CALLS = [(op, caller) for op in OPERATIONS for caller in ((None,) if op.public else CALLERS)]


@pytest.mark.parametrize(("operation", "caller"), CALLS, ids=[f"{caller or 'anonymous'} {op}" for op, caller in CALLS])
def test_no_request_makes_the_service_fail(service: FuzzedService, operation: Operation, caller: str | None):
    headers = {"Accept-Language": LANGUAGE_OF.get(caller or "", "en")}
    headers |= open_token(service.database, caller) if caller else {}
    failures: list[str] = []

    for strategy, examples in _request_groups(operation, service):

        @settings(
            max_examples=examples,
            derandomize=True,
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=strategy)
        def any_request(case: schemathesis.Case[Any]) -> None:
            failures.extend(_send_case(service.client, case, headers))

        any_request()

    if _operation_schema(operation).get("requestBody"):
        url = BASE_URL + _aimed_path(operation, service.seeded)
        for content_type, raw in HOSTILE_BODIES:
            failures += _send_raw(
                service.client, operation.method.upper(), url, headers | {"Content-Type": content_type}, raw
            )

    assert not failures, "\n".join(dict.fromkeys(failures))


def _written_from(template: str, message: str) -> bool:
    """Whether ``message`` is ``template`` ("{field} est obligatoire.") with its placeholders filled in."""
    pattern = re.sub(r"\\\{\w+\\\}", ".+", re.escape(template))
    return re.fullmatch(pattern, message, re.DOTALL) is not None


def test_refusals_are_worded_in_french_for_a_french_caller(service: FuzzedService):
    """The same refusals in French (asked for, or by default) and in English: one code, the catalog's wording."""
    (sku,) = service.seeded.values["sku"][:1]
    marie, luc = open_token(service.database, "marie.tremblay"), open_token(service.database, "luc.gagnon")
    refusals: list[tuple[dict[str, str], str, str, dict[str, Any], str]] = [
        (marie, "POST", "/cart/lines", {"json": {}}, "field_required"),
        (marie, "PATCH", "/cart", {"json": {"po_number": "P" * 41}}, "too_long"),
        (marie, "PUT", f"/cart/lines/{sku}", {"json": {"quantity": "trois"}}, "invalid_integer"),
        (
            marie,
            "POST",
            "/cart/lines",
            {"data": b'{"lines": [', "headers": {"Content-Type": "application/json"}},
            "malformed_json",
        ),
        (marie, "GET", "/products/AUCUN-PRODUIT", {}, "unknown_product"),
        ({}, "GET", "/cart", {}, "not_authenticated"),
        (luc, "POST", "/cart/checkout", {"json": {"shipping": {"method": "pickup"}}}, "approval_required"),
    ]
    for token, method, path, kwargs, code in refusals:
        errors = {}
        for language in ("fr", "en", None):
            headers = token | kwargs.get("headers", {}) | ({"Accept-Language": language} if language else {})
            arguments = {key: value for key, value in kwargs.items() if key != "headers"}
            answer = service.client.request(method, f"{BASE_URL}/api/v1{path}", headers=headers, **arguments)
            assert answer.status_code in (401, 403, 404, 422), (path, answer.text)
            errors[language] = answer.json()["error"]
        french, english, default = errors["fr"], errors["en"], errors[None]
        assert french["code"] == english["code"] == default["code"] == code, (path, errors)
        assert default["message"] == french["message"] != english["message"]
        assert _written_from(translate(code, "fr"), french["message"]), french
        assert _written_from(translate(code, "en"), english["message"]), english
        if "{field}" in translate(code, "fr"):  # "{field} est obligatoire.": it names the field it is about
            assert french["field"] in french["message"], french


def test_a_nul_character_in_text_is_refused_alike_on_sqlite_and_postgresql(catalog_api):
    """PostgreSQL cannot store NUL (U+0000) in text: it must be a 422 there too, not a 500 (the fuzzing above
    runs on SQLite only). Refused before anything is written, so the shared PostgreSQL demo stays untouched."""
    headers = bearer(catalog_api, "marie.tremblay")
    (product,) = catalog_api.get("/api/v1/products", params={"page_size": 1}, headers=headers).json()["items"]
    line = {"sku": product["sku"], "quantity": product["sale_multiple"]}
    refused = [
        (catalog_api.get("/api/v1/products/LU%00", headers=headers), "sku"),
        (catalog_api.get("/api/v1/products", params={"q": "fil\x00"}, headers=headers), "q"),
        (catalog_api.get("/api/v1/orders/C-%00", headers=headers), "number"),
        (catalog_api.patch("/api/v1/cart", json={"po_number": "PO\x00"}, headers=headers), "po_number"),
        (catalog_api.post("/api/v1/templates", json={"name": "\x00", "lines": [line]}, headers=headers), "name"),
        (catalog_api.post("/api/v1/auth/token", json={"username": "marie\x00", "password": "x"}), "username"),
        (catalog_api.patch("/api/v1/cart", json={"note": "Note\x00"}, headers=headers), None),
    ]
    for answer, field in refused:
        assert answer.status_code == 422, answer.text
        assert answer.json()["error"]["code"] == "nul_character"
        assert answer.json()["error"].get("field") == field


def test_a_method_a_path_does_not_document_answers_405_naming_the_ones_it_does(service: FuzzedService):
    """Every path, with a method its operations do not have: 405, ``Allow`` listing exactly the documented ones."""
    marie = open_token(service.database, "marie.tremblay")
    for template, item in DOCUMENT["paths"].items():
        documented = {method.upper() for method in item if method in METHODS}
        path = _aimed_path(Operation("get", template, public=False), service.seeded)
        for method in sorted({m.upper() for m in METHODS} - documented)[:2]:
            answer = service.client.request(method, BASE_URL + path, headers=marie)
            assert answer.status_code == 405, (method, path, answer.text)
            assert set(answer.headers["Allow"].split(", ")) == documented, (method, path)
            assert contract_error_problems(405, answer.json()) == []


def test_workflows_that_follow_the_documented_links_pass_every_check(service: FuzzedService):
    """Stateful: schemathesis chains operations along the schema's links (a template made, then read, changed,
    used and deleted; an order placed, then read and reordered; an account request filed, then decided), as a
    buyer, and every answer passes the same checks (status documented, body and headers as the schema says, a
    deleted object gone, a created one there). Bounded: a few short scenarios."""
    marie = open_token(service.database, "marie.tremblay") | {"Accept-Language": "en"}
    Machine: Any = service.schema.as_state_machine()

    class Workflows(Machine):  # type: ignore[misc]  # the state machine class is built from the schema at run time
        def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
            return {"base_url": BASE_URL, "session": service.client, "headers": marie}

        def validate_response(self, response: Any, case: schemathesis.Case[Any], **kwargs: Any) -> None:
            problems = _problems(response, case.as_curl_command(headers=marie))
            assert not problems, problems
            case.validate_response(response, headers=marie, excluded_checks=NOT_CHECKED)

    Workflows.run(
        settings=settings(
            max_examples=STATEFUL_SCENARIOS,
            stateful_step_count=6,
            derandomize=True,
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
    )
