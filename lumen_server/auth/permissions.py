"""What a signed-in user may see and do: the one place the service asks (contract invariants 1 and 2)."""

from __future__ import annotations

from lumen_server.auth.models import User


def can_see_prices(user: User) -> bool:
    """Prices, amounts and totals are data this user receives (a customer user with the price right)."""
    return user.can_see_prices and user.customer_id is not None


def may_place(user: User) -> bool:
    """The user places orders themselves; the others (requesters) send their cart for approval."""
    return user.can_place_orders


def may_approve(user: User) -> bool:
    """The user may be named approver: an active buyer without a limit of their own (a limited buyer sends
    over-limit carts on)."""
    return user.active and may_place(user) and user.order_limit is None and not user.is_staff


def is_approver_of(user: User, *, approver_id: int | None) -> bool:
    """The user is the approver a request (or a requester's account), naming ``approver_id``, is addressed to."""
    return approver_id is not None and approver_id == user.id
