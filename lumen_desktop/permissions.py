"""What the signed-in person may see and do in the window: the one place views and models ask.

The service enforces the same rules (``lumen_server/auth/permissions.py``); here they decide which columns,
buttons and sections exist at all (a no-price user gets no price column, not an empty one).
"""

from __future__ import annotations

from .api import Me


def can_see_prices(me: Me | None) -> bool:
    """Prices, amounts and totals may be shown (the service sends none to anyone else)."""
    return me is not None and me.can_see_prices


def may_place(me: Me | None) -> bool:
    """The person places orders themselves (the others send their cart to their approver)."""
    return me is not None and not me.is_staff and me.can_place_orders


def is_requester(me: Me | None) -> bool:
    """An "order for approval" customer user: their cart goes to their approver."""
    return me is not None and me.is_requester


def is_approver(me: Me | None) -> bool:
    """Someone names this person as approver, or requests were addressed to them."""
    return me is not None and me.is_approver


def works_with_requests(me: Me | None) -> bool:
    """A customer user who sends requests or decides them: the Approvals section exists for them."""
    return me is not None and not me.is_staff and (me.is_approver or me.is_requester)
