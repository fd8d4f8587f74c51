"""The stand-in approver: "away from … to …, my stand-in is …", and who besides the approver may decide a request.

While the approver is away (both days included, the customers' local dates), their pending requests, those already
there and those sent meanwhile, are in the stand-in's inbox as well as theirs; requests escalated by the reminders
(``ApprovalOffer``) are in the inbox of each person they were offered to. Whoever decides first wins (the claim in
``events.claim``); the history names the approver the decision was taken for. Nobody ever decides their own request.

One rule says who may decide, whatever the role (the approver named on the request, the stand-in, one it was
offered to): they may approve for the request's customer (``auth.permissions.may_approve_for``: active, places
orders without a limit of their own). One deactivated since, who lost the right to place, got a limit or moved to
another customer has the request no more in their inbox, and cannot decide it. A request is seen only by the users
of its customer.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, and_, exists, false, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from lumen_server.approvals.models import ApprovalEvent, ApprovalRequest
from lumen_server.approvals.standin_models import ApprovalOffer, ApproverAbsence
from lumen_server.auth.models import User
from lumen_server.auth.permissions import may_approve, may_approve_for
from lumen_server.core.errors import ApiError


def _of_my_customer(user: User) -> ColumnElement[bool]:
    """Requests of ``user``'s customer (none for an account of no customer)."""
    return false() if user.customer_id is None else ApprovalRequest.customer_id == user.customer_id


def _decidable_by(user: User) -> ColumnElement[bool]:
    """Requests of the customer ``user`` may approve for: the condition every deciding role shares."""
    return _of_my_customer(user) if may_approve(user) else false()


def _covers(today: date) -> ColumnElement[bool]:
    return and_(ApproverAbsence.starts_on <= today, ApproverAbsence.ends_on >= today)


def _stood_in_for(user: User, today: date) -> Select[Any]:
    """The approvers whose absence names ``user`` as stand-in today."""
    return select(ApproverAbsence.user_id).where(ApproverAbsence.stand_in_id == user.id, _covers(today))


def addressed_to(user: User) -> ColumnElement[bool]:
    """Requests whose named approver is ``user``, while they may decide them."""
    return and_(_decidable_by(user), ApprovalRequest.approver_id == user.id)


def standing_in(user: User, today: date) -> ColumnElement[bool]:
    """Requests ``user`` may decide as the stand-in of their approver today (never their own)."""
    return and_(
        _decidable_by(user),
        ApprovalRequest.approver_id.in_(_stood_in_for(user, today)),
        ApprovalRequest.requester_id != user.id,
    )


def offered_to(user: User) -> ColumnElement[bool]:
    """Requests the reminders offered to ``user``, while they may decide them."""
    offers = select(ApprovalOffer.approval_id).where(ApprovalOffer.user_id == user.id)
    return and_(_decidable_by(user), ApprovalRequest.id.in_(offers))


def _acted_on_by(user: User) -> ColumnElement[bool]:
    """Requests ``user`` decided or edited (they stay in their inbox, decided)."""
    acted = select(ApprovalEvent.approval_id).where(
        ApprovalEvent.actor_id == user.id, ApprovalEvent.kind.in_(("approved", "rejected", "edited"))
    )
    return ApprovalRequest.id.in_(acted)


def in_inbox_of(user: User, today: date) -> ColumnElement[bool]:
    """The requests of ``user``'s inbox: addressed to them, offered to them, pending for the approver they stand in
    for, or any they decided themselves."""
    return and_(
        _of_my_customer(user),
        or_(
            addressed_to(user),
            offered_to(user),
            _acted_on_by(user),
            and_(standing_in(user, today), ApprovalRequest.status == "pending"),
        ),
    )


def may_see(user: User, today: date) -> ColumnElement[bool]:
    """Who may open a request: its requester and the approver it names, anyone whose inbox has it, and the stand-in
    even once it is decided (so the one who lost the race reads what the other decided); all of its customer."""
    return and_(
        _of_my_customer(user),
        or_(
            ApprovalRequest.requester_id == user.id,
            ApprovalRequest.approver_id == user.id,
            offered_to(user),
            _acted_on_by(user),
            standing_in(user, today),
        ),
    )


def is_deputy(session: Session, *, user: User, today: date) -> bool:
    """Whether ``user`` stands in for someone today or was offered a request (their desktop shows the inbox)."""
    if not may_approve(user):
        return False
    standing = exists().where(ApproverAbsence.stand_in_id == user.id, _covers(today))
    offered = exists().where(ApprovalOffer.user_id == user.id)
    return bool(session.scalar(select(standing | offered)))


def active_stand_in(session: Session, *, request: ApprovalRequest, today: date) -> User | None:
    """The stand-in of ``request``'s approver if they are away today and the stand-in may decide it."""
    absence = session.get(ApproverAbsence, request.approver_id)
    if absence is None or not absence.starts_on <= today <= absence.ends_on:
        return None
    stand_in = absence.stand_in
    return stand_in if may_approve_for(stand_in, customer_id=request.customer_id) else None


def deciding_role(session: Session, *, user: User, request: ApprovalRequest, today: date) -> str | None:
    """ "approver", "stand_in" or "offered": why ``user`` may decide ``request``; None if they may not.

    403 ``self_approval`` when the requester would otherwise stand in for their own approver.
    """
    stand_in = active_stand_in(session, request=request, today=today)
    standing = stand_in is not None and stand_in.id == user.id
    if request.requester_id == user.id:
        if standing:
            raise ApiError(403, "self_approval")
        return None
    if not may_approve_for(user, customer_id=request.customer_id):
        return None
    if request.approver_id == user.id:
        return "approver"
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
