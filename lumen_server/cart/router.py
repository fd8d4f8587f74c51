"""HTTP endpoints of the cart domain (thin: parse, call the service, shape the answer)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from lumen_server.cart import messages as _messages  # noqa: F401  (registers the cart's messages)
from lumen_server.cart import service
from lumen_server.cart.schemas import CartDetailsIn, CartOut, LinesIn, QuantityIn
from lumen_server.core.deps import CustomerUser, LanguageDep, SessionDep

router = APIRouter(tags=["cart"])

CART = {"response_model": CartOut, "response_model_exclude_unset": True}


@router.get("/cart", **CART)
def get_cart(session: SessionDep, user: CustomerUser, language: LanguageDep) -> Any:
    cart = service.cart_for(session, user=user)
    return service.cart_json(session, cart=cart, user=user, language=language)


@router.put("/cart/lines/{sku}", **CART)
def set_cart_line(sku: str, body: QuantityIn, session: SessionDep, user: CustomerUser, language: LanguageDep) -> Any:
    """Sets the quantity of one product in the cart (adding it when absent)."""
    cart = service.set_line(session, user=user, sku=sku, quantity=body.quantity)
    return service.cart_json(session, cart=cart, user=user, language=language)


@router.delete("/cart/lines/{sku}", **CART)
def delete_cart_line(sku: str, session: SessionDep, user: CustomerUser, language: LanguageDep) -> Any:
    cart = service.remove_line(session, user=user, sku=sku)
    return service.cart_json(session, cart=cart, user=user, language=language)


@router.post("/cart/lines", **CART)
def add_cart_lines(body: LinesIn, session: SessionDep, user: CustomerUser, language: LanguageDep) -> Any:
    """Adds many lines at once to the quantities already in the cart; one bad line and nothing changes."""
    cart = service.add_lines(session, user=user, lines=body.lines)
    return service.cart_json(session, cart=cart, user=user, language=language)


@router.delete("/cart", **CART)
def empty_cart(session: SessionDep, user: CustomerUser, language: LanguageDep) -> Any:
    """Empties the cart: lines, PO number, job name and note."""
    cart = service.clear_cart(session, user=user)
    return service.cart_json(session, cart=cart, user=user, language=language)


@router.patch("/cart", **CART)
def update_cart(body: CartDetailsIn, session: SessionDep, user: CustomerUser, language: LanguageDep) -> Any:
    changes = body.model_dump(include=body.model_fields_set)
    cart = service.update_details(session, user=user, changes=changes)
    return service.cart_json(session, cart=cart, user=user, language=language)
