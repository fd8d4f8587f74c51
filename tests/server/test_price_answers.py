"""The no-price rule by construction: a route registered with ``priced_route`` cannot hand a price to a user who
may not see prices, whatever data its service built, and a route that skips ``for_viewer`` fails instead of
leaking (``lumen_server.core.answers``)."""

from __future__ import annotations

from typing import Annotated, Any, get_args

from fastapi import FastAPI, Query
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field

from lumen_server.auth.models import User
from lumen_server.core.answers import PRICE, for_viewer, priced_route, without_prices
from tests.server.contract.support import openapi_document


class GadgetLine(BaseModel):
    sku: str
    quantity: int
    unit_price: Annotated[str | None, PRICE] = Field(default=None, description="Net price")


class Gadget(BaseModel):
    name: str
    lines: list[GadgetLine]
    total: Annotated[str | None, PRICE] = None


# What a careless service would build: prices in it whoever asks.
DATA: dict[str, Any] = {"name": "Kit", "lines": [{"sku": "A1", "quantity": 2, "unit_price": "3.50"}], "total": "7.00"}


def _user(prices: bool) -> User:
    return User(id=7, username="luc", customer_id=1, can_see_prices=prices, can_place_orders=True)


def _app() -> FastAPI:
    app = FastAPI()

    @priced_route(app.get, "/gadget", model=Gadget)
    def gadget(prices: Annotated[bool, Query()] = False) -> BaseModel:
        return for_viewer(_user(prices), DATA, model=Gadget)

    @priced_route(app.get, "/forgetful", model=Gadget)
    def forgetful() -> Any:
        return DATA  # no for_viewer: the route must refuse to answer rather than send the prices

    return app


def test_a_user_without_prices_receives_no_price_key_even_from_data_that_has_them() -> None:
    client = TestClient(_app())
    answer = client.get("/gadget").json()
    assert answer == {"name": "Kit", "lines": [{"sku": "A1", "quantity": 2}]}
    assert "total" not in answer and "unit_price" not in answer["lines"][0]


def test_a_user_with_prices_receives_them() -> None:
    answer = TestClient(_app()).get("/gadget", params={"prices": True}).json()
    assert answer["total"] == "7.00" and answer["lines"][0]["unit_price"] == "3.50"


def test_a_route_that_skips_for_viewer_fails_instead_of_leaking() -> None:
    response = TestClient(_app(), raise_server_exceptions=False).get("/forgetful")
    assert response.status_code == 500
    assert "7.00" not in response.text


def test_the_price_less_model_has_no_price_field_and_the_schema_documents_both() -> None:
    shape = without_prices(Gadget)
    assert set(shape.model_fields) == {"name", "lines"}
    line = shape.model_fields["lines"].annotation
    assert "unit_price" not in get_args(line)[0].model_fields  # line: list[<the price-less Line>]
    schemas = _app().openapi()["components"]["schemas"]
    assert set(schemas["GadgetNoPrices"]["properties"]) == {"name", "lines"}
    assert "total" in schemas["Gadget"]["properties"]


def test_every_priced_answer_of_the_service_has_a_twin_without_price_fields() -> None:
    schemas = openapi_document()["components"]["schemas"]
    price_fields = {"price", "unit_price", "extended", "subtotal", "taxes"}
    for name in ("CartOut", "LineOut", "OrderOut", "ApprovalOut", "TemplateOut", "ProductListItem", "ProductDetails"):
        assert (price_fields | {"total"}) & set(schemas[name]["properties"]), name
        twin = set(schemas[f"{name}NoPrices"]["properties"])
        assert not (price_fields | {"total"}) & twin, name
    page_fields = {"items", "total", "page", "page_size", "results_capped"}
    assert set(schemas["ProductPageNoPrices"]["properties"]) == page_fields
