"""Placing the cart as an order: exactly once per ``Idempotency-Key``, the cart emptied in the same transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lumen_server.auth.limits import require_within_limit
from lumen_server.auth.models import User
from lumen_server.auth.permissions import may_place
from lumen_server.cart.lines import recheck_lines
from lumen_server.cart.models import Cart
from lumen_server.cart.service import add_available, cart_for, cart_lines, empty_cart
from lumen_server.core.errors import ApiError
from lumen_server.core.i18n import Language
from lumen_server.orders.idempotency import MAX_KEY_LENGTH, Answer, IdempotentPlacing
from lumen_server.orders.models import Order
from lumen_server.orders.schemas import CheckoutIn
from lumen_server.orders.service import get_order, place_order


def idempotency_key(header: str | None) -> str | None:
    if header is None:
        return None
    if not header.strip():
        raise ApiError(422, "too_short", field="Idempotency-Key", min=1)
    if len(header) > MAX_KEY_LENGTH:
        raise ApiError(422, "too_long", field="Idempotency-Key", max=MAX_KEY_LENGTH)
    return header


def require_can_place_orders(user: User) -> None:
    """Contract invariant 2: a requester's account never places an order, whatever it sends."""
    if not may_place(user):
        raise ApiError(403, "approval_required")


def checkout_cart(
    placing: IdempotentPlacing[Answer], *, body: CheckoutIn, language: Language = "fr"
) -> tuple[Answer, bool]:
    """Places the placing user's cart; returns ``(answer, created)`` where ``created`` is False for a repeated key.

    A cart over the user's order limit is refused (403 ``over_order_limit``, worded in ``language``)."""

    def place(session: Session) -> Order:
        buyer = session.get_one(User, placing.user_id)
        require_can_place_orders(buyer)
        cart = cart_for(session, user=buyer, for_update=True)
        if not cart.lines:
            raise ApiError(422, "cart_empty")
        lines = recheck_lines(session, lines=cart_lines(cart))
        require_within_limit(session, user=buyer, lines=lines, language=language)
        order = place_order(
            session,
            placed_by=buyer,
            lines=lines,
            given=body,
            saved=cart,
        )
        empty_cart(cart)
        return order

    return placing.run(place, operation="checkout", target="cart", payload=body)


def reorder(session: Session, *, user: User, number: str) -> tuple[Cart, list[str]]:
    """Adds order ``number``'s lines to the user's cart: ``(cart, skipped)``, the SKUs withdrawn since."""
    order = get_order(session, user=user, number=number)
    return add_available(session, user=user, lines=[(line.product, line.quantity) for line in order.lines])
