"""Spending limits: the third permission, "place orders up to an amount".

A buyer with an ``order_limit`` places a cart whose subtotal (before taxes, at the customer's net prices, as the
service computes it) is at most the limit; over it, the cart can only be sent for approval, to the buyer's
approver. Whether a cart is over the limit is told to every such user; the limit itself, an amount, only to a
user who may see prices (contract invariant 1: a no-price user learns "this order needs approval", no amount).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from lumen_server.auth.models import User
from lumen_server.auth.permissions import can_see_prices, may_place, permission_of
from lumen_server.catalog.models import Product
from lumen_server.catalog.pricing import net_prices
from lumen_server.core.errors import ApiError
from lumen_server.core.i18n import Language, register_messages, translate
from lumen_server.core.money import extended, money
from lumen_server.mail.formatting import format_money

OVER_LIMIT = "over_order_limit"
# The largest limit an account may have (the Numeric(12, 2) column holds less than 10^10).
MAX_ORDER_LIMIT = Decimal("10000000.00")


def limits_json(user: User) -> dict[str, Any]:
    """``GET /me``'s ``permission``, and ``order_limit`` only for a user who may see prices (absent otherwise)."""
    body: dict[str, Any] = {"permission": permission_of(user)}
    if user.order_limit is not None and can_see_prices(user):
        body["order_limit"] = money(user.order_limit)
    return body


def subtotal(session: Session, *, customer_id: int, lines: Sequence[tuple[Product, int]]) -> Decimal:
    """The lines' total before taxes at the customer's net prices today, each line rounded to the cent."""
    prices = net_prices(session, customer_id=customer_id, products=[product for product, _ in lines])
    amounts = [extended(quantity, prices[product.id], product.price_unit) for product, quantity in lines]
    return sum(amounts, Decimal("0"))


def is_over_limit(session: Session, *, user: User, lines: Sequence[tuple[Product, int]]) -> bool:
    """Over, not at: a cart of exactly the limit may be placed."""
    if user.order_limit is None or user.customer_id is None or not lines:
        return False
    return subtotal(session, customer_id=user.customer_id, lines=lines) > user.order_limit


def over_limit_error(user: User, language: Language) -> ApiError:
    """403 ``over_order_limit``; the message names the limit only to a user who may see prices."""
    if can_see_prices(user) and user.order_limit is not None:
        return ApiError(403, OVER_LIMIT, limit=format_money(user.order_limit, language))
    return ApiError(403, OVER_LIMIT, message_code="order_needs_approval")


def require_within_limit(
    session: Session, *, user: User, lines: Sequence[tuple[Product, int]], language: Language
) -> None:
    if is_over_limit(session, user=user, lines=lines):
        raise over_limit_error(user, language)


def cart_permission_json(
    session: Session, *, user: User, lines: Sequence[tuple[Product, int]], language: Language
) -> dict[str, Any]:
    """``GET /cart``'s ``may_place`` and, when it is false, why: ``needs_approval_code`` and its message.

    ``approval_required`` for an "order for approval" account; ``over_order_limit`` for a limited buyer whose cart
    is over the limit (worded without the amount for a no-price user).
    """
    if not may_place(user):
        code, message = "approval_required", translate("approval_required", language)
    elif is_over_limit(session, user=user, lines=lines):
        error = over_limit_error(user, language)
        params = dict(error.params)
        message_code = str(params.pop("message_code", OVER_LIMIT))
        code, message = OVER_LIMIT, translate(message_code, language, **params)
    else:
        return {"may_place": True, "needs_approval_code": None, "needs_approval_reason": None}
    return {"may_place": False, "needs_approval_code": code, "needs_approval_reason": message}


register_messages(
    {
        OVER_LIMIT: {
            "en": "This order is over your limit of {limit}; send it for approval.",
            "fr": "Cette commande dépasse votre limite de {limit}; envoyez-la pour approbation.",
        },
        "order_needs_approval": {
            "en": "This order needs approval; send it for approval.",
            "fr": "Cette commande doit être approuvée; envoyez-la pour approbation.",
        },
    }
)
