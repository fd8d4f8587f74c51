"""What a signed-in user may see and do: the one place the service asks (contract invariants 1 and 2).

An account has one of three permissions (``Permission``): it places orders, it places orders up to a limit
(carts over it go for approval), or it sends every order for approval. Services ask these functions, never
the user's flags or the permission strings themselves.
"""

from __future__ import annotations

from typing import Literal

from sqlalchemy import ColumnElement, and_

from lumen_server.auth.models import User

Permission = Literal["place_orders", "order_for_approval", "place_orders_up_to"]


def can_see_prices(user: User) -> bool:
    """Prices, amounts and totals are data this user receives (a customer user with the price right)."""
    return user.can_see_prices and user.customer_id is not None


def may_place(user: User) -> bool:
    """The user places orders themselves; the others (requesters) send their cart for approval."""
    return user.can_place_orders


def may_place_any_amount(user: User) -> bool:
    """The user places orders without a limit of their own (a limited buyer sends over-limit carts on)."""
    return may_place(user) and user.order_limit is None


def may_approve(user: User) -> bool:
    """The user may be named approver (or stand in, or be offered a request): an active buyer without a limit of
    their own."""
    return user.active and may_place_any_amount(user) and not user.is_staff


def may_approve_for(user: User, *, customer_id: int) -> bool:
    """:func:`may_approve`, for that customer: who its account forms and approval rule may name as approver."""
    return may_approve(user) and user.customer_id == customer_id


def approvers() -> ColumnElement[bool]:
    """:func:`may_approve` as a query condition on ``User``."""
    return and_(
        User.active.is_(True),
        User.can_place_orders.is_(True),
        User.order_limit.is_(None),
        User.is_staff.is_(False),
    )


def approvers_for(customer_id: int) -> ColumnElement[bool]:
    """:func:`may_approve_for` as a query condition on ``User`` (an account of no customer has no approvers: its
    callers ask for none rather than for the accounts of no customer)."""
    return and_(User.customer_id == customer_id, approvers())


def is_approver_of(user: User, *, approver_id: int | None) -> bool:
    """The user is the approver a request (or a requester's account), naming ``approver_id``, is addressed to."""
    return approver_id is not None and approver_id == user.id


def permission_of(user: User) -> Permission:
    """The account's permission, as ``GET /me`` and the account forms name it."""
    if not may_place(user):
        return "order_for_approval"
    return "place_orders" if user.order_limit is None else "place_orders_up_to"


def grants_placing(permission: str) -> bool:
    """An account with ``permission`` places orders itself (up to a limit or not)."""
    return permission in ("place_orders", "place_orders_up_to")


def grants_a_limit(permission: str) -> bool:
    """An account with ``permission`` has an order limit (its carts over it go for approval)."""
    return permission == "place_orders_up_to"


def needs_approver(permission: str) -> bool:
    """An account with ``permission`` sends (some) carts to an approver: it must name one."""
    return permission in ("order_for_approval", "place_orders_up_to")
