"""Finding approval requests: who sees which (the approver addressed and the requester, nobody else)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from lumen_server.approvals.models import ApprovalRequest
from lumen_server.approvals.schemas import Role, Status
from lumen_server.approvals.standin import deciding_role, in_inbox_of, is_deputy, may_see
from lumen_server.approvals.working_time import local_date
from lumen_server.auth.models import User
from lumen_server.auth.permissions import may_place
from lumen_server.core.db import utcnow
from lumen_server.core.errors import ApiError


def _today() -> date:
    """Today for the customers: absences are in their dates."""
    return local_date(utcnow())


def pending_for_approver(session: Session, *, approver: User) -> list[ApprovalRequest]:
    """The pending requests addressed to ``approver``, oldest first (also listed as order templates)."""
    return list(
        session.scalars(
            select(ApprovalRequest)
            .where(ApprovalRequest.approver_id == approver.id, ApprovalRequest.status == "pending")
            .options(selectinload(ApprovalRequest.lines))
            .order_by(ApprovalRequest.created_at, ApprovalRequest.id)
        )
        .unique()
        .all()
    )


def is_approver(session: Session, *, user: User) -> bool:
    """Whether an active user names ``user`` as approver, or a request was ever addressed to them.

    The one definition behind ``GET /me``'s ``is_approver`` and the default role of ``GET /approvals``: a request
    still pending for an approver whose requester has since left or changed approver stays in their inbox.
    """
    named = exists().where(User.approver_id == user.id, User.active.is_(True))
    addressed = exists().where(ApprovalRequest.approver_id == user.id)
    return bool(session.scalar(select(named | addressed))) or is_deputy(session, user=user, today=_today())


def default_role(session: Session, *, user: User) -> Role:
    return "approver" if is_approver(session, user=user) else "requester"


def list_requests(session: Session, *, user: User, role: Role, status: Status | None) -> list[ApprovalRequest]:
    """The requests addressed to the user (approver) or sent by them (requester), newest first."""
    # An approver's inbox also holds what they stand in for or were offered (see ``standin``).
    mine = in_inbox_of(user, _today()) if role == "approver" else ApprovalRequest.requester_id == user.id
    query = select(ApprovalRequest).where(mine).options(selectinload(ApprovalRequest.lines))
    if status is not None:
        query = query.where(ApprovalRequest.status == status)
    query = query.order_by(ApprovalRequest.created_at.desc(), ApprovalRequest.id.desc())
    return list(session.scalars(query).unique().all())


def visible_request(session: Session, *, user: User, approval_id: int, for_update: bool = False) -> ApprovalRequest:
    """The request if ``user`` is its requester or the approver it is addressed to; 404 for anyone else.

    ``for_update``: the row is locked until the transaction ends (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's
    BEGIN IMMEDIATE already excludes other writers) and read fresh, so a decision taken on what is read next (its
    status, version and lines) cannot be overtaken by a concurrent edit or decision in another worker.
    """
    if for_update:
        # Only this row is locked (``OF``): its requester and approver come by outer join, which cannot be locked.
        locked = select(ApprovalRequest).where(ApprovalRequest.id == approval_id).with_for_update(of=ApprovalRequest)
        request = session.scalars(locked.execution_options(populate_existing=True)).first()
    else:
        request = session.get(ApprovalRequest, approval_id)
    # The first approver of a request passed on to a second one still sees it (``approvals.tiers``); nobody sees
    # another customer's requests (one who moved leaves theirs behind).
    if (
        request is None
        or request.customer_id != user.customer_id
        or (
            user.id not in (request.requester_id, request.approver_id, request.first_approver_id)
            and not _may_see(session, user, request)
        )
    ):
        raise ApiError(404, "approval_not_found", field="id")
    return request


def _may_see(session: Session, user: User, request: ApprovalRequest) -> bool:
    return bool(session.scalar(select(exists().where(ApprovalRequest.id == request.id, may_see(user, _today())))))


def addressed_request(session: Session, *, user: User, approval_id: int, for_update: bool = False) -> ApprovalRequest:
    """The request if ``user`` may decide it (its approver, their stand-in, someone it was offered to); its requester
    gets 403 (``self_approval`` if they stand in for their own approver), anyone else 404."""
    request = visible_request(session, user=user, approval_id=approval_id, for_update=for_update)
    if deciding_role(session, user=user, request=request, today=_today()) is None:
        raise ApiError(403, "not_the_approver")
    return request


def ensure_places_orders(user: User) -> None:
    """Deciding requests (approving, merging, naming a stand-in) is for accounts that place orders: 403 otherwise."""
    if not may_place(user):
        raise ApiError(403, "cannot_place_orders")


def ensure_pending(request: ApprovalRequest) -> None:
    """A decided or cancelled request never changes again (409 naming why)."""
    if request.status == "cancelled":
        raise ApiError(409, "request_cancelled")
    if request.status != "pending":
        raise ApiError(409, "already_decided")
