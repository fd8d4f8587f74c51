"""The stand-in approver: "away from … to …, my stand-in is …", and who besides the approver may decide a request.

While the approver is away (both days included, the customers' local dates), their pending requests, those already
there and those sent meanwhile, are in the stand-in's inbox as well as theirs; requests escalated by the reminders
(``ApprovalOffer``) are in the inbox of each person they were offered to. Whoever decides first wins (the claim in
``events.claim``); the history names the approver the decision was taken for. Nobody ever decides their own request.
The stand-in stands in only while they may approve for the approver's customer (one rule, ``_standing``, behind
the inbox, who may see or decide, and the stand-in's mail); an offer holds on the same condition (``offered_to``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, and_, false, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from lumen_server.approvals.models import ApprovalEvent, ApprovalRequest
from lumen_server.approvals.standin_models import ApprovalOffer, ApproverAbsence
from lumen_server.auth.models import User
from lumen_server.auth.permissions import approvers_for_customer_of, may_approve
from lumen_server.core.errors import ApiError


def _standing(*columns: Any, today: date) -> Select[Any]:
    """``columns`` of the absences whose stand-in stands in for the absent approver today: the one rule of it.

    The absence covers ``today`` and its stand-in (``User`` in the query) may still approve for the approver's
    customer (``auth.permissions``): one deactivated since, who lost the right to place, got a limit of their own or
    moved to another customer no longer stands in, whatever the absence names.
    """
    absent = aliased(User)
    return (
        select(*columns)
        .join_from(ApproverAbsence, absent, absent.id == ApproverAbsence.user_id)
        .join(User, User.id == ApproverAbsence.stand_in_id)
        .where(
            ApproverAbsence.starts_on <= today,
            ApproverAbsence.ends_on >= today,
            approvers_for_customer_of(absent),
        )
    )


def _stood_in_for(user: User, today: date) -> Select[Any]:
    """The approvers ``user`` stands in for today."""
    return _standing(ApproverAbsence.user_id, today=today).where(ApproverAbsence.stand_in_id == user.id)


def offered_to(user: User) -> ColumnElement[bool]:
    """Requests the reminders offered to ``user``, while ``user`` may still approve for the request's customer (the
    rule the offer was made by: one who lost the right to place, got a limit or moved elsewhere since has none)."""
    if not may_approve(user):
        return false()
    offers = select(ApprovalOffer.approval_id).where(ApprovalOffer.user_id == user.id)
    return and_(ApprovalRequest.id.in_(offers), ApprovalRequest.customer_id == user.customer_id)


def standing_in(user: User, today: date) -> ColumnElement[bool]:
    """Requests ``user`` may decide as the stand-in of their approver today (never their own)."""
    return and_(ApprovalRequest.approver_id.in_(_stood_in_for(user, today)), ApprovalRequest.requester_id != user.id)


def in_inbox_of(user: User, today: date) -> ColumnElement[bool]:
    """The requests of ``user``'s inbox: addressed to them, offered to them, pending for the approver they stand in
    for, or any they decided themselves (it stays there, decided)."""
    acted = select(ApprovalEvent.approval_id).where(
        ApprovalEvent.actor_id == user.id, ApprovalEvent.kind.in_(("approved", "rejected", "edited"))
    )
    return or_(
        ApprovalRequest.approver_id == user.id,
        offered_to(user),
        ApprovalRequest.id.in_(acted),
        and_(standing_in(user, today), ApprovalRequest.status == "pending"),
    )


def may_see(user: User, today: date) -> ColumnElement[bool]:
    """Who may open a request: its requester, anyone whose inbox has it, and the stand-in even once it is decided
    (so the one who lost the race reads what the other decided)."""
    return or_(ApprovalRequest.requester_id == user.id, in_inbox_of(user, today), standing_in(user, today))


def is_deputy(session: Session, *, user: User, today: date) -> bool:
    """Whether ``user`` stands in for someone today or was offered a request (their desktop shows the inbox)."""
    offered = select(ApprovalRequest.id).where(offered_to(user))
    return bool(session.scalar(select(_stood_in_for(user, today).exists() | offered.exists())))


def deciding_role(session: Session, *, user: User, request: ApprovalRequest, today: date) -> str | None:
    """ "approver", "stand_in" or "offered": why ``user`` may decide ``request``; None if they may not.

    403 ``self_approval`` when the requester would otherwise stand in for their own approver.
    """
    if request.approver_id == user.id:
        return "approver"
    stand_in = active_stand_in(session, approver_id=request.approver_id, today=today)
    standing = stand_in is not None and stand_in.id == user.id
    if request.requester_id == user.id:
        if standing:
            raise ApiError(403, "self_approval")
        return None
    if standing:
        return "stand_in"
    offered = session.scalar(select(ApprovalRequest.id).where(ApprovalRequest.id == request.id, offered_to(user)))
    return "offered" if offered is not None else None


def on_behalf_of(request: ApprovalRequest, *, actor: User) -> dict[str, Any]:
    """What a decision's event adds when someone decides for the approver ("approved by Jean for Marie")."""
    if actor.id == request.approver_id:
        return {}
    approver = request.approver
    return {"on_behalf_of": {"username": approver.username, "full_name": approver.full_name}}


def active_stand_in(session: Session, *, approver_id: int, today: date) -> User | None:
    """The approver's stand-in if they are away today and the stand-in may still approve for their customer."""
    return session.scalars(_standing(User, today=today).where(ApproverAbsence.user_id == approver_id)).first()
