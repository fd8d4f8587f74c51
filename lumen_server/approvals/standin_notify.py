"""The e-mail to the stand-in of an approver who is away when a request is sent to them (after commit)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lumen_server.approvals.models import ApprovalRequest
from lumen_server.approvals.standin import active_stand_in
from lumen_server.approvals.standin_models import ApproverAbsence
from lumen_server.approvals.working_time import local_date
from lumen_server.core.config import Settings
from lumen_server.mail import send_after_commit
from lumen_server.mail.content import Recipient
from lumen_server.mail.standin_builders import Waiting, requested_to_stand_in


def waiting(request: ApprovalRequest) -> Waiting:
    """``request`` as the stand-in, reminder and escalation messages name it."""
    return Waiting(request.requester.full_name, request.created_at, len(request.lines))


def request_sent_while_away(session: Session, settings: Settings, *, request: ApprovalRequest) -> None:
    """Tells the stand-in (never the requester themself: the request then waits for its approver)."""
    stand_in = active_stand_in(session, request=request, today=local_date(request.created_at))
    absence = session.get(ApproverAbsence, request.approver_id)
    if stand_in is None or absence is None or stand_in.id == request.requester_id:
        return
    send_after_commit(
        session,
        settings,
        requested_to_stand_in(
            settings,
            stand_in=Recipient.of(stand_in, is_approver=True),
            approver_name=request.approver.full_name,
            until=absence.ends_on,
            request=waiting(request),
        ),
    )
