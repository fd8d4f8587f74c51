"""Spending limits as the service tells them: ``GET /me``'s permission and limit, ``GET /cart``'s ``may_place``."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from .types import Me, Permission
from .types_orders import Cart


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
        # A service older than ``permission`` only told whether the user may place orders.
        permission = me.permission or ("place_orders" if me.can_place_orders else "order_for_approval")
        return cls(permission=permission, order_limit=me.order_limit)


class CartVerdict(BaseModel):
    """``GET /cart``: may this cart be placed now, and if not, why (``over_order_limit``, ``approval_required``)."""

    model_config = ConfigDict(frozen=True)

    may_place: bool
    needs_approval_code: str | None = None

    @classmethod
    def of(cls, cart: Cart | None, *, default: bool) -> CartVerdict:
        """The cart's verdict; ``default`` for a cart the service has not judged (none yet, or the empty one)."""
        if cart is None or cart.may_place is None:
            return cls(may_place=default)
        return cls(may_place=cart.may_place, needs_approval_code=cart.needs_approval_code)
