"""Every answer is validated: a malformed one raises ``UnexpectedAnswer`` (shown the app's usual way), never a
default such as a quantity of 0. The answers come from a real HTTP server on loopback that serves them."""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests

from lumen_desktop import failures
from lumen_desktop.api import ApiClient, ApiError, Tokens, UnexpectedAnswer
from lumen_desktop.views.orders.documents import shipping_text
from lumen_server.testing import LiveServer, copy_database

CART_LINE = {"sku": "A1", "name": "Wire", "quantity": 3, "uom": "ea", "price_unit": 1, "sale_multiple": 1}
GOOD_CART = {"lines": [CART_LINE], "po_number": None, "job_name": None, "note": None, "version": 4, "line_count": 1}
ANSWERS: dict[str, Any] = {
    "/api/v1/cart": GOOD_CART,
    "/api/v1/orders": {"items": [{"number": "W1"}], "total": 1, "page": 1, "page_size": 20},
    "/api/v1/me": {"username": "luc", "email": "luc@example.com"},
}


class _AnswersServer(ThreadingHTTPServer):
    """A loopback server answering each path with its JSON document in ``answers``."""

    answers: dict[str, Any]


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        assert isinstance(self.server, _AnswersServer)
        body = json.dumps(self.server.answers[self.path.split("?")[0]]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def served() -> Iterator[tuple[ApiClient, dict[str, Any]]]:
    """A client signed in to a loopback server answering ``answers`` (a test changes them)."""
    server = _AnswersServer(("127.0.0.1", 0), _Handler)
    server.answers = json.loads(json.dumps(ANSWERS))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    client = ApiClient(f"http://127.0.0.1:{server.server_address[1]}", retries=0)
    client.set_tokens(Tokens(access_token="a", refresh_token="r", expires_in=900))
    try:
        yield client, server.answers
    finally:
        server.shutdown()
        server.server_close()


def test_a_well_formed_cart_reads_as_typed_values(served: tuple[ApiClient, dict[str, Any]]) -> None:
    client, _answers = served
    cart = client.cart.get()
    assert cart.lines[0].quantity == 3 and cart.version == "4" and cart.po_number == ""
    assert cart.total is None  # absent: the user may not see prices


def test_a_quantity_that_is_not_a_number_is_an_error_not_zero(served: tuple[ApiClient, dict[str, Any]]) -> None:
    client, answers = served
    answers["/api/v1/cart"]["lines"][0]["quantity"] = "many"
    with pytest.raises(UnexpectedAnswer) as raised:
        client.cart.get()
    assert isinstance(raised.value, ApiError)
    assert "lines.0.quantity" in str(raised.value)


def test_a_missing_field_is_an_error(served: tuple[ApiClient, dict[str, Any]]) -> None:
    client, answers = served
    del answers["/api/v1/cart"]["lines"][0]["sku"]
    with pytest.raises(UnexpectedAnswer, match="sku"):
        client.cart.get()
    with pytest.raises(UnexpectedAnswer, match="status"):
        client.orders.list()  # an order summary without its status
    with pytest.raises(UnexpectedAnswer):
        client.me()


def test_the_user_is_told_in_plain_words(qtbot: Any, served: tuple[ApiClient, dict[str, Any]]) -> None:
    client, answers = served
    answers["/api/v1/cart"] = {"lines": "none"}
    with pytest.raises(UnexpectedAnswer) as raised:
        client.cart.get()
    failures.show_failure(None, raised.value)
    box = failures.last_failure_box
    assert box is not None
    assert "does not understand" in box.text()
    assert "lines" in box.detailedText()
    box.close()


@pytest.fixture(scope="module")
def real_answers(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """What a real service answers, keyed by path as the loopback server serves them: ``/me`` of sophie.roy (places
    orders up to 2 500 $), and marie.tremblay's ``/templates``, ``/orders`` and ``/orders/W…`` once she saved a
    template and placed an order for pickup at her branch."""
    with LiveServer(copy_database(demo_template, tmp_path_factory.mktemp("answers"))) as server:
        sophie, marie = _signed_in(server, "sophie.roy"), _signed_in(server, "marie.tremblay")
        query: dict[str, str | int] = {"q": "THHN 12", "page_size": 1}
        product = marie.get(f"{server.api_url}/products", params=query).json()["items"][0]
        line = {"sku": product["sku"], "quantity": product["sale_multiple"]}
        details = marie.get(f"{server.api_url}/products/{product['sku']}").json()
        pickup = {"method": "pickup", "branch": details["stock"][0]["branch"]["code"]}
        marie.post(f"{server.api_url}/templates", json={"name": "Panel job", "lines": [line]}).raise_for_status()
        marie.post(f"{server.api_url}/cart/lines", json={"lines": [line]}).raise_for_status()
        placed = marie.post(
            f"{server.api_url}/cart/checkout",
            json={"shipping": pickup},
            headers={"Idempotency-Key": "k1"},
        )
        placed.raise_for_status()
        number = placed.json()["number"]
        yield {
            "/api/v1/me": sophie.get(f"{server.api_url}/me").json(),
            "/api/v1/templates": marie.get(f"{server.api_url}/templates").json(),
            "/api/v1/orders": marie.get(f"{server.api_url}/orders").json(),
            "/api/v1/orders/placed": marie.get(f"{server.api_url}/orders/{number}").json(),
        }


def _signed_in(server: LiveServer, username: str) -> requests.Session:
    session = requests.Session()
    token = session.post(
        f"{server.api_url}/auth/token", json={"username": username, "password": f"demo-{username}"}, timeout=10
    )
    session.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
    return session


def test_the_real_answers_read_as_typed_values(
    served: tuple[ApiClient, dict[str, Any]], real_answers: dict[str, Any]
) -> None:
    client, answers = served
    answers.update(copy.deepcopy(real_answers))
    me = client.me()
    assert me.permission == "place_orders_up_to" and me.order_limit == Decimal("2500.00")
    [template] = client.templates.list()
    assert template.owner.full_name == "Marie Tremblay" and template.line_count == 1
    [order] = client.orders.list().items
    assert order.placed_by.full_name == "Marie Tremblay" and order.requester is None
    placed = client.orders.get("placed")
    assert placed.shipping is not None and placed.shipping.method == "pickup" and placed.shipping.branch is not None
    assert shipping_text(placed.shipping) == f"Pickup — {placed.shipping.branch.name}"


def _set(path: str, **values: Any) -> Callable[[dict[str, Any]], None]:
    """A change to the answer at ``path``: ``values`` into the answer, or into its first item when it is a list."""

    def change(answers: dict[str, Any]) -> None:
        answer = answers[path]
        (answer["items"][0] if "items" in answer else answer).update(values)

    return change


@pytest.mark.parametrize(
    ("change", "call", "named"),
    [
        (_set("/api/v1/me", order_limit="abc"), ApiClient.me, "order_limit"),
        (_set("/api/v1/me", permission="admin"), ApiClient.me, "permission"),
        (_set("/api/v1/templates", line_count="x"), lambda c: c.templates.list(), "line_count"),
        (_set("/api/v1/templates", owner=None), lambda c: c.templates.list(), "owner"),
        (_set("/api/v1/orders", placed_by="marie.tremblay"), lambda c: c.orders.list(), "placed_by"),
        (_set("/api/v1/orders/placed", shipping={"method": "drone"}), lambda c: c.orders.get("placed"), "method"),
    ],
    ids=["order_limit", "permission", "line_count", "owner", "placed_by", "shipping"],
)
def test_a_malformed_value_in_a_typed_field_is_an_error_not_a_default(
    served: tuple[ApiClient, dict[str, Any]],
    real_answers: dict[str, Any],
    change: Callable[[dict[str, Any]], None],
    call: Callable[[ApiClient], object],
    named: str,
) -> None:
    """A real answer with one field spoiled: the call fails naming that field (before, a limit that was not an
    amount read as "no limit", a line count that was not a number as an empty cell)."""
    client, answers = served
    answers.update(copy.deepcopy(real_answers))
    call(client)  # as served, it reads
    change(answers)
    with pytest.raises(UnexpectedAnswer, match=named):
        call(client)
