"""HTTP endpoints of the cart domain (thin: parse, call the service, shape the answer)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from lumen_server.cart import messages as _messages  # noqa: F401  (registers the cart's messages)
from lumen_server.cart import service
from lumen_server.cart.schemas import CartDetailsIn, CartOut, LinesIn, QuantityIn
from lumen_server.core.answers import for_viewer, priced_route
from lumen_server.core.deps import CustomerUser, LanguageDep, SessionDep

router = APIRouter(tags=["cart"])


@priced_route(router.get, "/cart", model=CartOut)
def get_cart(session: SessionDep, user: CustomerUser, language: LanguageDep) -> BaseModel:
    cart = service.cart_for(session, user=user)
    return for_viewer(user, service.cart_json(session, cart=cart, user=user, language=language), model=CartOut)


@priced_route(router.put, "/cart/lines/{sku}", model=CartOut)
def set_cart_line(
    sku: str, body: QuantityIn, session: SessionDep, user: CustomerUser, language: LanguageDep
) -> BaseModel:
    """Sets the quantity of one product in the cart (adding it when absent)."""
    cart = service.set_line(session, user=user, sku=sku, quantity=body.quantity)
    return for_viewer(user, service.cart_json(session, cart=cart, user=user, language=language), model=CartOut)


@priced_route(router.delete, "/cart/lines/{sku}", model=CartOut)
def delete_cart_line(sku: str, session: SessionDep, user: CustomerUser, language: LanguageDep) -> BaseModel:
    cart = service.remove_line(session, user=user, sku=sku)
    return for_viewer(user, service.cart_json(session, cart=cart, user=user, language=language), model=CartOut)


@priced_route(router.post, "/cart/lines", model=CartOut)
def add_cart_lines(body: LinesIn, session: SessionDep, user: CustomerUser, language: LanguageDep) -> BaseModel:
    """Adds many lines at once to the quantities already in the cart; one bad line and nothing changes."""
    cart = service.add_lines(session, user=user, lines=body.lines)
    return for_viewer(user, service.cart_json(session, cart=cart, user=user, language=language), model=CartOut)


@priced_route(router.delete, "/cart", model=CartOut)
def empty_cart(session: SessionDep, user: CustomerUser, language: LanguageDep) -> BaseModel:
    """Empties the cart: lines, PO number, job name and note."""
    cart = service.clear_cart(session, user=user)
    return for_viewer(user, service.cart_json(session, cart=cart, user=user, language=language), model=CartOut)


@priced_route(router.patch, "/cart", model=CartOut)
def update_cart(body: CartDetailsIn, session: SessionDep, user: CustomerUser, language: LanguageDep) -> BaseModel:
    changes = body.model_dump(include=body.model_fields_set)
    cart = service.update_details(session, user=user, changes=changes)
    return for_viewer(user, service.cart_json(session, cart=cart, user=user, language=language), model=CartOut)
