"""HTTP endpoints of checkout and the order history (thin: parse, call the service, shape the answer)."""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

from lumen_server.cart.service import cart_json
from lumen_server.core.answers import for_viewer, priced_route
from lumen_server.core.deps import CustomerUser, LanguageDep, SessionDep
from lumen_server.orders import messages as _messages  # noqa: F401  (registers the orders' messages)
from lumen_server.orders.checkout import checkout_cart, idempotency_key, require_can_place_orders
from lumen_server.orders.checkout import reorder as reorder_into_cart
from lumen_server.orders.deps import Placing, PlacingUser
from lumen_server.orders.schemas import CheckoutIn, OrderOut, OrderPageOut, ReorderOut
from lumen_server.orders.service import get_order, list_orders, order_json, order_summary_json

router = APIRouter(tags=["orders"])
Body = TypeVar("Body", bound=BaseModel)


def parse_body(model: type[Body], raw: bytes) -> Body:
    """``raw`` as ``model``, refused like FastAPI's own validation (422 naming the field); empty means ``{}``."""
    try:
        return model.model_validate_json(raw or b"{}")
    except ValidationError as exc:
        errors = [{**error, "loc": ("body", *error["loc"])} for error in exc.errors()]
        raise RequestValidationError(errors) from None


def _checkout_schema() -> dict[str, Any]:
    """The body's JSON schema, self-contained (the endpoint reads the body itself, after the permission check)."""
    schema = CheckoutIn.model_json_schema()
    definitions = schema.pop("$defs", {})
    schema["properties"]["shipping"] = definitions["Shipping"]
    return schema


_CHECKOUT_OPENAPI = {
    "requestBody": {"required": True, "content": {"application/json": {"schema": _checkout_schema()}}},
    "parameters": [
        {
            "name": "Idempotency-Key",
            "in": "header",
            "required": False,
            "schema": {"type": "string", "maxLength": 200},
            "description": "A retry with a key this user already used returns the first order and places nothing.",
        }
    ],
}


@priced_route(
    router.post,
    "/cart/checkout",
    model=OrderOut,
    status_code=201,
    openapi_extra=_CHECKOUT_OPENAPI,
    responses={
        403: {
            "description": "approval_required: this account sends orders for approval; over_order_limit: the "
            "cart's subtotal is over this account's order limit (send it for approval)"
        }
    },
)
async def checkout(request: Request, response: Response, user: PlacingUser, language: LanguageDep) -> BaseModel:
    """Places the cart as an order and empties the cart.

    A retry with the same ``Idempotency-Key`` answers 201 with the first order again (header
    ``Idempotent-Replayed: true``) and changes nothing, not even a cart refilled since.
    """
    # Checked before the body is even read: a requester gets 403 whatever the payload, malformed or not.
    require_can_place_orders(user)
    key = idempotency_key(request.headers.get("Idempotency-Key"))
    body = parse_body(CheckoutIn, await request.body())
    state = request.app.state
    placing = Placing(state.database, state.settings, user, language, key, response)
    placed = await run_in_threadpool(checkout_cart, placing.once(), body=body, language=language)
    return placing.answer(placed)


@priced_route(router.get, "/orders", model=OrderPageOut)
def order_history(
    session: SessionDep,
    user: CustomerUser,
    language: LanguageDep,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
) -> BaseModel:
    """My customer's orders placed by me or approved from my requests, newest first."""
    orders, total = list_orders(session, user=user, page=page, page_size=page_size)
    items = [order_summary_json(order, user=user, language=language) for order in orders]
    return for_viewer(user, {"items": items, "total": total, "page": page, "page_size": page_size}, model=OrderPageOut)


@priced_route(router.get, "/orders/{number}", model=OrderOut)
def order_detail(number: str, session: SessionDep, user: CustomerUser, language: LanguageDep) -> BaseModel:
    order = get_order(session, user=user, number=number)
    return for_viewer(user, order_json(session, order=order, user=user, language=language), model=OrderOut)


@priced_route(router.post, "/orders/{number}/reorder", model=ReorderOut)
def reorder(number: str, session: SessionDep, user: CustomerUser, language: LanguageDep) -> BaseModel:
    """Adds the order's lines to the cart; products withdrawn since are skipped and listed in ``skipped``."""
    cart, skipped = reorder_into_cart(session, user=user, number=number)
    answer = {"cart": cart_json(session, cart=cart, user=user, language=language), "skipped": skipped}
    return for_viewer(user, answer, model=ReorderOut)
