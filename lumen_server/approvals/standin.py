"""The stand-in approver: "away from … to …, my stand-in is …", and who besides the approver may decide a request.

While the approver is away (both days included, the customers' local dates), their pending requests, those already
there and those sent meanwhile, are in the stand-in's inbox as well as theirs; requests escalated by the reminders
(``ApprovalOffer``) are in the inbox of each person they were offered to. Whoever decides first wins (the claim in
``events.claim``); the history names the approver the decision was taken for. Nobody ever decides their own request.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from lumen_server.approvals.models import ApprovalEvent, ApprovalRequest
from lumen_server.approvals.standin_models import ApprovalOffer, ApproverAbsence
from lumen_server.auth.models import User
from lumen_server.auth.permissions import is_active_buyer_of
from lumen_server.core.errors import ApiError


def _stood_in_for(user: User, today: date) -> Any:
    """The approvers whose absence covers ``today`` with ``user`` as their stand-in."""
    return select(ApproverAbsence.user_id).where(
        ApproverAbsence.stand_in_id == user.id, ApproverAbsence.starts_on <= today, ApproverAbsence.ends_on >= today
    )


def _offered_to(user: User) -> Any:
    return select(ApprovalOffer.approval_id).where(ApprovalOffer.user_id == user.id)


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
        ApprovalRequest.id.in_(_offered_to(user)),
        ApprovalRequest.id.in_(acted),
        and_(standing_in(user, today), ApprovalRequest.status == "pending"),
    )


def may_see(user: User, today: date) -> ColumnElement[bool]:
    """Who may open a request: its requester, anyone whose inbox has it, and the stand-in even once it is decided
    (so the one who lost the race reads what the other decided)."""
    return or_(ApprovalRequest.requester_id == user.id, in_inbox_of(user, today), standing_in(user, today))


def is_deputy(session: Session, *, user: User, today: date) -> bool:
    """Whether ``user`` stands in for someone today or was offered a request (their desktop shows the inbox)."""
    standing = exists().where(
        ApproverAbsence.stand_in_id == user.id, ApproverAbsence.starts_on <= today, ApproverAbsence.ends_on >= today
    )
    offered = exists().where(ApprovalOffer.user_id == user.id)
    return bool(session.scalar(select(standing | offered)))


def deciding_role(session: Session, *, user: User, request: ApprovalRequest, today: date) -> str | None:
    """ "approver", "stand_in" or "offered": why ``user`` may decide ``request``; None if they may not.

    403 ``self_approval`` when the requester would otherwise stand in for their own approver.
    """
    if request.approver_id == user.id:
        return "approver"
    absence = session.get(ApproverAbsence, request.approver_id)
    standing = absence is not None and absence.stand_in_id == user.id and absence.starts_on <= today <= absence.ends_on
    if request.requester_id == user.id:
        if standing:
            raise ApiError(403, "self_approval")
        return None
    if standing:
        return "stand_in"
    offered = session.scalar(
        select(ApprovalOffer.id).where(ApprovalOffer.approval_id == request.id, ApprovalOffer.user_id == user.id)
    )
    return "offered" if offered is not None else None


def on_behalf_of(request: ApprovalRequest, *, actor: User) -> dict[str, Any]:
    """What a decision's event adds when someone decides for the approver ("approved by Jean for Marie")."""
    if actor.id == request.approver_id:
        return {}
    approver = request.approver
    return {"on_behalf_of": {"username": approver.username, "full_name": approver.full_name}}


def active_stand_in(session: Session, *, approver_id: int, today: date) -> User | None:
    """The approver's stand-in if they are away today and the stand-in is still an active buyer."""
    absence = session.get(ApproverAbsence, approver_id)
    if absence is None or not absence.starts_on <= today <= absence.ends_on:
        return None
    stand_in = absence.stand_in
    return stand_in if is_active_buyer_of(stand_in, customer_id=absence.user.customer_id) else None
