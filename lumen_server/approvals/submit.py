"""Sending the cart for approval: the request, its lines as sent, a "created" event, the cart emptied — at once."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lumen_server.approvals import notify
from lumen_server.approvals.events import record
from lumen_server.approvals.models import ApprovalLine, ApprovalRequest, ApprovalRequestedLine
from lumen_server.approvals.standin_notify import request_sent_while_away
from lumen_server.auth.models import User
from lumen_server.auth.permissions import may_approve_for, may_place_any_amount
from lumen_server.cart.lines import recheck_lines
from lumen_server.cart.service import cart_for, cart_lines, empty_cart
from lumen_server.core.config import Settings
from lumen_server.core.errors import ApiError


def approver_of(requester: User) -> User:
    """The requester's approver, who must still be one who may approve for the requester's customer (the rule the
    account was created by: 409 for one who left, lost the place right, got a limit or moved). A buyer with an
    order limit sends carts too (those over the limit can only be sent)."""
    if may_place_any_amount(requester):
        raise ApiError(403, "not_a_requester")
    approver = requester.approver
    customer_id = requester.customer_id
    if approver is None or customer_id is None or not may_approve_for(approver, customer_id=customer_id):
        raise ApiError(409, "approver_unavailable")
    return approver


def submit_cart(
    session: Session, settings: Settings, *, user: User, note: str | None, note_given: bool
) -> ApprovalRequest:
    """Turns the user's cart into a pending request to their approver and e-mails the approver after commit."""
    approver = approver_of(user)
    cart = cart_for(session, user=user, for_update=True)
    if not cart.lines:
        raise ApiError(422, "cart_empty")
    lines = recheck_lines(session, lines=cart_lines(cart))
    request = ApprovalRequest(
        customer_id=user.customer_id,
        requester_id=user.id,
        requester=user,
        approver_id=approver.id,
        approver=approver,
        status="pending",
        note=(note if note_given else cart.note) or None,
        po_number=cart.po_number,
        job_name=cart.job_name,
        version=1,
        lines=[ApprovalLine(product_id=p.id, product=p, quantity=q, position=i) for i, (p, q) in enumerate(lines)],
        requested_lines=[
            ApprovalRequestedLine(product_id=p.id, product=p, quantity=q, position=i) for i, (p, q) in enumerate(lines)
        ],
    )
    session.add(request)
    record(request, actor=user, kind="created", line_count=len(lines))
    empty_cart(cart)
    session.flush()
    notify.approval_requested(session, settings, request=request)
    request_sent_while_away(session, settings, request=request)
    return request
