"""Two-tier approval: over the customer's rule (``approval_rules``), the first approver passes a request on.

When the request's subtotal (before taxes, at the customer's net prices) is over the rule's threshold, the first
approval does not place the order: the request, still pending, is addressed to the rule's approver (tier 2), the
history records "approved (1 of 2)", and the second approver is e-mailed. The second approval places the order.
Two tiers at most; no second tier when the rule's approver is the first approver or the requester themself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.approval_rules.models import ApprovalRule
from lumen_server.approvals import notify
from lumen_server.approvals.answers import approval_json
from lumen_server.approvals.events import claim, record
from lumen_server.approvals.models import ApprovalRequest, current_lines
from lumen_server.approvals.service import addressed_request, ensure_places_orders, visible_request
from lumen_server.auth.limits import subtotal
from lumen_server.auth.models import User
from lumen_server.auth.permissions import may_approve_for
from lumen_server.core.config import Settings
from lumen_server.core.db import Database
from lumen_server.core.errors import ApiError
from lumen_server.core.i18n import Language, register_messages

TIERS = 2


def rule_of(session: Session, *, customer_id: int) -> ApprovalRule | None:
    return session.scalars(select(ApprovalRule).where(ApprovalRule.customer_id == customer_id)).first()


def second_approver(session: Session, *, request: ApprovalRequest, approver: User) -> User | None:
    """Who must also approve ``request`` after ``approver`` (None: ``approver``'s approval places it)."""
    if request.tier >= TIERS:
        return None
    rule = rule_of(session, customer_id=request.customer_id)
    if rule is None or rule.approver_id in (approver.id, request.requester_id):
        return None
    second = rule.approver
    if not may_approve_for(second, customer_id=request.customer_id):
        return None  # a rule whose approver may no longer approve places on the first approval, not block everything
    if subtotal(session, customer_id=request.customer_id, lines=current_lines(request)) <= rule.threshold:
        return None
    return second


def require_last_tier(session: Session, *, request: ApprovalRequest, approver: User) -> None:
    """Placing needs the last approval: 409 if the request (edited since the approver looked) needs a second one."""
    if second_approver(session, request=request, approver=approver) is not None:
        raise ApiError(409, "second_approval_required")


def _pass_on(session: Session, settings: Settings, *, approver: User, approval_id: int) -> ApprovalRequest | None:
    request = visible_request(session, user=approver, approval_id=approval_id, for_update=True)
    # A lock that waited for a concurrent pass-on re-reads the row, not the people outer-joined to its old
    # approver (PostgreSQL rechecks only the locked table): load them again for what is now there.
    session.expire(request, ["approver", "first_approver"])
    if request.first_approver_id == approver.id and request.approver_id != approver.id:
        return request  # passed on already by this approver (a retry): the same answer, nothing changes
    # The approver, their stand-in or someone it was offered to (403 not_the_approver / self_approval otherwise).
    addressed_request(session, user=approver, approval_id=approval_id)
    ensure_places_orders(approver)
    if request.status != "pending":
        return None  # decided: placing answers it (a retry of the placing key gets its order, anything else 409)
    second = second_approver(session, request=request, approver=approver)
    if second is None:
        return None
    claim(
        session,
        request,
        read_version=request.version,
        tier=TIERS,
        first_approver_id=approver.id,
        approver_id=second.id,
    )
    session.expire(request, ["approver", "first_approver"])
    next_approver = {"username": second.username, "full_name": second.full_name}
    record(request, actor=approver, kind="first_approval", tier=1, of=TIERS, next_approver=next_approver)
    session.flush()
    notify.approval_requested(session, settings, request=request)
    return request


def pass_on_if_second_tier(
    database: Database, settings: Settings, *, approver_id: int, approval_id: int, language: Language
) -> dict[str, Any] | None:
    """The request as now addressed to its second approver, or None when this approval is the one that places.

    Runs in its own transaction with the request row locked (two approvals at once: the second waits, then finds
    the request passed on or decided).
    """
    with database.session() as session:
        approver = session.get_one(User, approver_id)
        request = _pass_on(session, settings, approver=approver, approval_id=approval_id)
        if request is None:
            return None
        return approval_json(session, request=request, user=approver, language=language)


register_messages(
    {
        "second_approval_required": {
            "en": "This request changed and now needs a second approval; approve it again to pass it on.",
            "fr": "Cette demande a changé et exige maintenant une deuxième approbation; approuvez-la de nouveau pour "
            "la transmettre.",
        }
    }
)
