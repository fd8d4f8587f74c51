"""Every answer is validated: a malformed one raises ``UnexpectedAnswer`` (shown the app's usual way), never a
default such as a quantity of 0. The answers come from a real HTTP server on loopback that serves them."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from lumen_desktop import failures
from lumen_desktop.api import ApiClient, ApiError, Tokens, UnexpectedAnswer

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
