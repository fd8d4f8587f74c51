"""Finding approval requests: who sees which (the approver addressed and the requester, nobody else)."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from lumen_server.approvals.models import ApprovalRequest
from lumen_server.approvals.schemas import Role, Status
from lumen_server.auth.models import User
from lumen_server.auth.permissions import is_approver_of
from lumen_server.core.errors import ApiError


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
    return bool(session.scalar(select(named | addressed)))


def default_role(session: Session, *, user: User) -> Role:
    return "approver" if is_approver(session, user=user) else "requester"


def list_requests(session: Session, *, user: User, role: Role, status: Status | None) -> list[ApprovalRequest]:
    """The requests addressed to the user (approver) or sent by them (requester), newest first."""
    column = ApprovalRequest.approver_id if role == "approver" else ApprovalRequest.requester_id
    query = select(ApprovalRequest).where(column == user.id).options(selectinload(ApprovalRequest.lines))
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
    if request is None or not (
        request.requester_id == user.id or is_approver_of(user, approver_id=request.approver_id)
    ):
        raise ApiError(404, "approval_not_found", field="id")
    return request


def addressed_request(session: Session, *, user: User, approval_id: int, for_update: bool = False) -> ApprovalRequest:
    """The request if it is addressed to ``user``; its requester gets 403, anyone else 404."""
    request = visible_request(session, user=user, approval_id=approval_id, for_update=for_update)
    if not is_approver_of(user, approver_id=request.approver_id):
        raise ApiError(403, "not_the_approver")
    return request


def ensure_pending(request: ApprovalRequest) -> None:
    """A decided or cancelled request never changes again (409 naming why)."""
    if request.status == "cancelled":
        raise ApiError(409, "request_cancelled")
    if request.status != "pending":
        raise ApiError(409, "already_decided")
