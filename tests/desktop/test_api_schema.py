"""The client's answer types against the OpenAPI schema the service serves: a field renamed, dropped or made
optional on one side and not the other fails here, before a user meets it."""

from __future__ import annotations

from typing import Annotated, Any

import pytest
import requests
from pydantic import BaseModel, TypeAdapter, ValidationError

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
from lumen_desktop.api.types_orders import BranchRef, Shipping
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
    (Shipping, ["ShippingOut"]),
    (BranchRef, ["BranchOut"]),
]
# Client fields read from a JSON field of another name (see the types' validators).
SOURCES = {
    (Order, "placed_at"): "created_at",
    (Approval, "reason"): "reject_reason",
    (StockLevel, "branch_code"): "branch",
    (Product, "category_name"): "category",
}
# Client fields a validator derives from a served object (``model.spread`` and the like): their served type differs.
RESHAPED = {
    (Product, "category"),
    (Product, "category_name"),
    (StockLevel, "branch"),
    (StockLevel, "branch_code"),
    (HistoryEntry, "actor"),
}


@pytest.fixture(scope="module")
def schemas(live_server: LiveServer) -> dict[str, Any]:
    document = requests.get(f"{live_server.address}/api/v1/openapi.json", timeout=10).json()
    return dict(document["components"]["schemas"])


@pytest.mark.parametrize(("model", "names"), READS, ids=[model.__name__ for model, _ in READS])
def test_every_field_the_client_reads_is_served(model: type[BaseModel], names: list[str], schemas: Any) -> None:
    for field_name, info in model.model_fields.items():
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


def _json_types(prop: dict[str, Any]) -> set[str]:
    """The JSON types a property's schema allows ("object" for a referenced model)."""
    if "anyOf" in prop:
        return set().union(*(_json_types(choice) for choice in prop["anyOf"]))
    if "$ref" in prop:
        return {"object"}
    kind = prop.get("type")
    return {kind} if isinstance(kind, str) else set(kind or ())


def _enum_values(prop: dict[str, Any]) -> set[str]:
    """The values an enum (or a const) property lists, in any of its choices; empty when it lists none."""
    values = set(prop.get("enum", ())) | ({prop["const"]} if "const" in prop else set())
    return values.union(*(_enum_values(choice) for choice in prop.get("anyOf", ())))


# What a client type also reads: a text takes a number (ids are integers, see ``ApiModel``), a number an integer.
ALSO_READS = {"string": {"integer"}, "number": {"integer"}}


@pytest.mark.parametrize(("model", "names"), READS, ids=[model.__name__ for model, _ in READS])
def test_every_field_reads_the_type_the_service_sends(model: type[BaseModel], names: list[str], schemas: Any) -> None:
    """A money field must take the served string, a count an integer, a person an object, a permission each of the
    served values; and a field the service may send as null must take null (a text shows it as empty)."""
    document = model.model_json_schema(mode="validation")
    client = document.get("properties") or document["$defs"][model.__name__]["properties"]  # a tree: a $ref
    for field_name, info in model.model_fields.items():
        if (model, field_name) in RESHAPED:
            continue
        source = SOURCES.get((model, field_name), field_name)
        prop = client.get(field_name) or client[source]  # under its served name when read from another
        reads = _json_types(prop)
        reads |= set().union(*(ALSO_READS.get(kind, set()) for kind in reads))
        # The field's type with its constraints (a special form to mypy, a type to pydantic).
        annotation: Any = Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
        field: TypeAdapter[Any] = TypeAdapter(annotation)
        for name in names:
            served = schemas[name]["properties"].get(source)
            if served is None:
                continue
            where = f"{model.__name__}.{field_name} reading {name}.{source}"
            assert _json_types(served) - {"null"} <= reads, f"{where}: served {_json_types(served)}, reads {reads}"
            assert _enum_values(served) <= _enum_values(prop) or not _enum_values(prop), f"{where}: a served value"
            if "null" in _json_types(served):
                try:
                    field.validate_python(None)
                except ValidationError:
                    pytest.fail(f"{where}: the service may send null, the client refuses it")
