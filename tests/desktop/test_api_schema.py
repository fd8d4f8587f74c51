"""The client's answer types against the OpenAPI schema the service serves: a field renamed, dropped or made
optional on one side and not the other fails here, before a user meets it."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from pydantic import BaseModel

from lumen_desktop.api import (
    AccountRequest,
    Approval,
    Cart,
    CatalogChanges,
    Category,
    Customer,
    HistoryEntry,
    InboxSummary,
    Line,
    Me,
    Order,
    Person,
    Product,
    StockLevel,
    Tax,
    Template,
    Tokens,
)
from lumen_desktop.api.cart import AddedToCart
from lumen_server.testing import LiveServer

# Each client type and the served schemas it reads (the priced ones: the price-less twins only drop fields).
READS: list[tuple[type[BaseModel], list[str]]] = [
    (Tokens, ["TokenResponse"]),
    (Me, ["MeResponse"]),
    (Customer, ["CustomerRef"]),
    (Person, ["Person", "PersonOut", "ApproverOut", "RequesterOut"]),
    (Category, ["CategoryNode"]),
    (StockLevel, ["StockLevel"]),
    (Product, ["ProductListItem", "ProductDetails", "ChangedProduct"]),
    (CatalogChanges, ["CatalogChanges"]),
    (InboxSummary, ["InboxSummaryOut"]),
    (AccountRequest, ["AccountRequestOut"]),
    (Line, ["LineOut"]),
    (Tax, ["TaxOut"]),
    (Cart, ["CartOut"]),
    (AddedToCart, ["AddedToCartOut", "ReorderOut"]),
    (Template, ["TemplateOut", "TemplateEntryOut"]),
    (HistoryEntry, ["HistoryEntryOut"]),
    (Approval, ["ApprovalOut", "ApprovalSummaryOut"]),
    (Order, ["OrderOut", "OrderSummaryOut"]),
]
# Client fields read from a JSON field of another name (see the types' validators).
SOURCES = {
    (Order, "placed_at"): "created_at",
    (Approval, "reason"): "reject_reason",
    (StockLevel, "branch_code"): "branch",
}


@pytest.fixture(scope="module")
def schemas(live_server: LiveServer) -> dict[str, Any]:
    document = requests.get(f"{live_server.address}/api/v1/openapi.json", timeout=10).json()
    return dict(document["components"]["schemas"])


@pytest.mark.parametrize(("model", "names"), READS, ids=[model.__name__ for model, _ in READS])
def test_every_field_the_client_reads_is_served(model: type[BaseModel], names: list[str], schemas: Any) -> None:
    for field_name, info in model.model_fields.items():
        if field_name == "raw":
            continue
        source = SOURCES.get((model, field_name), field_name)
        served_in = [name for name in names if source in schemas[name]["properties"]]
        assert served_in, f"{model.__name__}.{field_name}: no served schema of {names} has {source!r}"
        if info.is_required():
            # Required by the client: every schema it reads must always send it.
            for name in names:
                assert source in schemas[name].get("required", []), f"{name}.{source} is optional, the client needs it"


def test_the_price_fields_are_optional_for_the_client(schemas: Any) -> None:
    """A user who may not see prices gets answers without them: the client must not require one."""
    fields: list[tuple[type[BaseModel], str]] = [
        (Product, "price"),
        (Line, "unit_price"),
        (Line, "extended"),
        (Cart, "total"),
    ]
    for model, field_name in fields:
        assert not model.model_fields[field_name].is_required()
    assert "price" not in schemas["ProductDetailsNoPrices"]["properties"]
