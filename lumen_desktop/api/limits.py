"""Spending limits as the service tells them: ``GET /me``'s permission and limit, ``GET /cart``'s ``may_place``.

Read from the ``raw`` JSON of :class:`Me` and :class:`Cart`, so those types stay as they are.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .types import Me
from .types_orders import Cart

Permission = Literal["place_orders", "order_for_approval", "place_orders_up_to"]


class OrderPermission(BaseModel):
    """What the signed-in user may do with a cart; ``order_limit`` only for a user who may see prices."""

    model_config = ConfigDict(frozen=True)

    permission: Permission
    order_limit: Decimal | None = None

    @property
    def is_limited(self) -> bool:
        return self.permission == "place_orders_up_to"

    @classmethod
    def of(cls, me: Me) -> OrderPermission:
        permission = me.raw.get("permission")
        if permission not in ("place_orders", "order_for_approval", "place_orders_up_to"):
            permission = "place_orders" if me.can_place_orders else "order_for_approval"  # an older service
        return cls(permission=permission, order_limit=_amount(me.raw.get("order_limit")))


class CartVerdict(BaseModel):
    """``GET /cart``: may this cart be placed now, and if not, why (``over_order_limit``, ``approval_required``)."""

    model_config = ConfigDict(frozen=True)

    may_place: bool
    needs_approval_code: str | None = None

    @classmethod
    def of(cls, cart: Cart | None, *, default: bool) -> CartVerdict:
        raw = cart.raw if cart is not None else {}
        may_place = raw.get("may_place")
        code = raw.get("needs_approval_code")
        return cls(
            may_place=may_place if isinstance(may_place, bool) else default,
            needs_approval_code=code if isinstance(code, str) else None,
        )


def _amount(value: object) -> Decimal | None:
    if not isinstance(value, str):
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None
