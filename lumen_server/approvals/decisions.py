"""Deciding a pending request: the approver places it as an order or rejects it; the requester may cancel it."""

from __future__ import annotations

from functools import partial

from sqlalchemy.orm import Session

from lumen_server.approvals import notify
from lumen_server.approvals.events import claim, record
from lumen_server.approvals.models import ApprovalRequest, current_lines
from lumen_server.approvals.schemas import ApproveIn
from lumen_server.approvals.service import addressed_request, ensure_pending, ensure_places_orders, visible_request
from lumen_server.approvals.standin import on_behalf_of
from lumen_server.approvals.tiers import TIERS, require_last_tier
from lumen_server.auth.models import User
from lumen_server.cart.lines import recheck_lines
from lumen_server.core.config import Settings
from lumen_server.core.db import utcnow
from lumen_server.core.errors import ApiError
from lumen_server.orders.idempotency import Answer, IdempotentPlacing
from lumen_server.orders.models import Order
from lumen_server.orders.service import place_order


def approve_once(
    settings: Settings, placing: IdempotentPlacing[Answer], *, approval_id: int, body: ApproveIn
) -> tuple[Answer, bool]:
    """The placing user approves the request and places its order, once per ``Idempotency-Key``: ``(answer,
    created)``, where ``created`` is False when the key was already used (the first order's answer, nothing
    changed)."""
    approver_id = placing.user_id
    place = partial(approve_and_place, settings=settings, approver_id=approver_id, approval_id=approval_id, body=body)
    return placing.run(place, operation="approve", target=f"approval:{approval_id}", payload=body)


def approve_and_place(
    session: Session, settings: Settings, *, approver_id: int, approval_id: int, body: ApproveIn
) -> Order:
    """Places the request's current lines as an order for the requester; meant as ``IdempotentPlacing.run``'s ``place``.

    The request row is locked first, then its version and lines are read, and the claim (pending → approved) only
    succeeds at that version, all in the transaction that creates the order: an edit that commits first is in the
    order; an edit, approval or cancellation that comes second waits for the lock and then gets 409.
    """
    approver = session.get_one(User, approver_id)
    request = addressed_request(session, user=approver, approval_id=approval_id, for_update=True)
    ensure_places_orders(approver)
    ensure_pending(request)
    require_last_tier(session, request=request, approver=approver)
    placed_version = request.version
    lines = recheck_lines(session, lines=current_lines(request))
    claim(session, request, read_version=placed_version, status="approved", decided_at=utcnow())
    order = place_order(
        session,
        placed_by=approver,
        lines=lines,
        given=body,
        saved=request,
        requester=request.requester,
    )
    details: dict[str, object] = {"order_number": order.number}
    if request.tier == TIERS:
        details |= {"tier": TIERS, "of": TIERS}
    for field in ("po_number", "job_name"):
        old, new = getattr(request, field), getattr(order, field)
        if old != new:
            details[field] = {"old": old, "new": new}
            setattr(request, field, new)
    request.order_id = order.id
    record(request, actor=approver, kind="approved", **details, **on_behalf_of(request, actor=approver))
    session.flush()
    notify.approval_approved(session, settings, request=request, order=order, decided_by=approver)
    return order


def reject(session: Session, settings: Settings, *, user: User, approval_id: int, reason: str) -> ApprovalRequest:
    request = addressed_request(session, user=user, approval_id=approval_id, for_update=True)
    claim(session, request, status="rejected", reject_reason=reason, decided_at=utcnow())
    record(request, actor=user, kind="rejected", reason=reason, **on_behalf_of(request, actor=user))
    session.flush()
    notify.approval_rejected(session, settings, request=request, decided_by=user)
    return request


def cancel(session: Session, *, user: User, approval_id: int) -> ApprovalRequest:
    request = visible_request(session, user=user, approval_id=approval_id, for_update=True)
    if request.requester_id != user.id:
        raise ApiError(403, "not_the_requester")
    claim(session, request, status="cancelled", decided_at=utcnow())
    record(request, actor=user, kind="cancelled")
    session.flush()
    return request
