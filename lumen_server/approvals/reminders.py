"""Reminders and escalation of requests left pending (run by the service's scheduler, never by a desktop).

A request pending for ``reminder_hours`` working hours (its customer's ``ReminderRule``, default 24) e-mails its
approver once (and their stand-in while they are away); after ``escalation_hours`` (default 48) it is offered to
the approver's stand-in, if one is named for a coming absence, or else to every other user of the customer who may
approve (never its requester): they find it in their inbox and get an e-mail. Each step is an event of the history.

Each step happens once: it is recorded by inserting ``ReminderStep`` (its key is the request and the step), and
only the transaction whose insert took effect sends anything; mail leaves after that transaction commits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from lumen_server.approvals.events import record
from lumen_server.approvals.models import ApprovalRequest
from lumen_server.approvals.standin import active_stand_in
from lumen_server.approvals.standin_models import ApprovalOffer, ApproverAbsence, ReminderRule, ReminderStep
from lumen_server.approvals.standin_notify import waiting
from lumen_server.approvals.working_time import local_date, working_hours_between
from lumen_server.auth.models import User
from lumen_server.auth.permissions import approvers_for, may_approve_for
from lumen_server.core.config import Settings
from lumen_server.mail import send_after_commit
from lumen_server.mail.content import Recipient
from lumen_server.mail.standin_builders import escalated, reminder

DEFAULT_REMINDER_HOURS = 24
DEFAULT_ESCALATION_HOURS = 48


@dataclass(frozen=True)
class TickResult:
    """What one pass did (ids of the requests), for the log and the tests."""

    reminded: tuple[int, ...] = ()
    escalated: tuple[int, ...] = ()


def _mark_done(session: Session, *, approval_id: int, step: str, now: datetime) -> bool:
    """Records the step; False when it was already recorded (by an earlier pass or a concurrent one)."""
    insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else postgresql_insert
    statement = (
        insert(ReminderStep)
        .values(approval_id=approval_id, step=step, done_at=now)
        .on_conflict_do_nothing()
        .returning(ReminderStep.approval_id)
    )
    return session.execute(statement).scalar() is not None


def _person(user: User) -> dict[str, Any]:
    return {"username": user.username, "full_name": user.full_name}


def _delays(session: Session) -> dict[int, tuple[int, int]]:
    return {
        rule.customer_id: (rule.reminder_hours, rule.escalation_hours) for rule in session.scalars(select(ReminderRule))
    }


def _escalation_targets(session: Session, *, request: ApprovalRequest, now: datetime) -> list[User]:
    """The named stand-in of a coming absence if there is one; else the customer's others who may approve."""
    today = local_date(now)
    excluded = {request.approver_id, request.requester_id}
    absence = session.get(ApproverAbsence, request.approver_id)
    current = active_stand_in(session, request=request, today=today)
    if current is not None:
        excluded.add(current.id)  # already has it in their inbox
    elif absence is not None and absence.ends_on >= today:
        named = absence.stand_in
        if may_approve_for(named, customer_id=request.customer_id) and named.id not in excluded:
            return [named]
    already = set(session.scalars(select(ApprovalOffer.user_id).where(ApprovalOffer.approval_id == request.id)))
    return list(
        session.scalars(
            select(User)
            .where(
                approvers_for(request.customer_id),  # a limited buyer sends requests on, they do not decide them
                User.id.not_in(excluded | already),
            )
            .order_by(User.id)
        )
    )


def _mail_each(
    session: Session, settings: Settings, people: Sequence[User], message: Callable[[Recipient], EmailMessage]
) -> None:
    """``message`` to each of ``people`` (approvers all), sent once the transaction commits."""
    for person in people:
        send_after_commit(session, settings, message(Recipient.of(person, is_approver=True)))


def _remind(
    session: Session, settings: Settings, *, request: ApprovalRequest, now: datetime, hours: int, left: int
) -> None:
    recipients = [request.approver]
    stand_in = active_stand_in(session, request=request, today=local_date(now))
    if stand_in is not None and stand_in.id != request.requester_id:
        recipients.append(stand_in)
    record(request, actor=request.approver, kind="reminded", to=[_person(u) for u in recipients], working_hours=hours)
    about = waiting(request)
    _mail_each(
        session,
        settings,
        recipients,
        lambda to: reminder(settings, to=to, request=about, waited_hours=hours, hours_to_escalation=left),
    )


def _escalate(session: Session, settings: Settings, *, request: ApprovalRequest, now: datetime, hours: int) -> None:
    targets = _escalation_targets(session, request=request, now=now)
    if not targets:
        return  # nobody else may decide it: it keeps waiting for its approver
    session.add_all(ApprovalOffer(approval_id=request.id, user_id=person.id, offered_at=now) for person in targets)
    record(
        request, actor=request.approver, kind="escalated", offered_to=[_person(u) for u in targets], working_hours=hours
    )
    about, approver_name = waiting(request), request.approver.full_name
    _mail_each(
        session,
        settings,
        targets,
        lambda to: escalated(settings, to=to, approver_name=approver_name, request=about, waited_hours=hours),
    )


def send_due_reminders(session: Session, settings: Settings, *, now: datetime) -> TickResult:
    """Reminds and escalates every pending request that is due at ``now``, each step once."""
    delays = _delays(session)
    escalated_already = exists().where(ReminderStep.approval_id == ApprovalRequest.id, ReminderStep.step == "escalated")
    waiting = session.scalars(
        select(ApprovalRequest)
        .where(ApprovalRequest.status == "pending", ApprovalRequest.created_at <= now, ~escalated_already)
        .order_by(ApprovalRequest.id)
    ).unique()
    reminded: list[int] = []
    escalations: list[int] = []
    for request in waiting:
        remind_after, escalate_after = delays.get(
            request.customer_id, (DEFAULT_REMINDER_HOURS, DEFAULT_ESCALATION_HOURS)
        )
        waited = working_hours_between(request.created_at, now)
        if waited >= remind_after and _mark_done(session, approval_id=request.id, step="reminded", now=now):
            left = max(0, escalate_after - int(waited))
            _remind(session, settings, request=request, now=now, hours=int(waited), left=left)
            reminded.append(request.id)
        if waited >= escalate_after and _mark_done(session, approval_id=request.id, step="escalated", now=now):
            _escalate(session, settings, request=request, now=now, hours=int(waited))
            escalations.append(request.id)
    session.flush()
    return TickResult(tuple(reminded), tuple(escalations))
