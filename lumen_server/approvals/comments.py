"""Talk on a request: its requester and approver (whoever may see it) write short comments.

Comments are allowed while the request is pending; once it is decided or cancelled the thread is kept and read,
but closed (409 ``already_decided`` / ``request_cancelled``, like every other change). A comment is no edit: it
does not bump the request's version (an approver's unsaved edits stay valid), but it moves ``updated_at`` so
lists and the inbox summary see news. Each comment is in the history and e-mailed to the other side.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from lumen_server.approvals.events import record
from lumen_server.approvals.models import ApprovalComment, ApprovalRequest
from lumen_server.approvals.service import ensure_pending, visible_request
from lumen_server.approvals.talk_mail import comment_written
from lumen_server.auth.models import User
from lumen_server.core.config import Settings
from lumen_server.core.db import utcnow
from lumen_server.core.i18n import register_messages


def thread(session: Session, *, user: User, approval_id: int) -> tuple[ApprovalRequest, list[ApprovalComment]]:
    """The request (404 unless ``user`` may see it) and its comments, oldest first."""
    request = visible_request(session, user=user, approval_id=approval_id)
    comments = session.scalars(
        select(ApprovalComment)
        .where(ApprovalComment.approval_id == request.id)
        .order_by(ApprovalComment.created_at, ApprovalComment.id)
    )
    return request, list(comments.unique())


def add_comment(session: Session, settings: Settings, *, user: User, approval_id: int, text: str) -> ApprovalComment:
    """Adds ``text`` (already validated) to a pending request's thread; the others who see it are e-mailed."""
    request = visible_request(session, user=user, approval_id=approval_id, for_update=True)
    ensure_pending(request)  # the row is locked: a decision taken meanwhile is seen here
    comment = ApprovalComment(approval_id=request.id, author_id=user.id, author=user, text=text, created_at=utcnow())
    session.add(comment)
    session.execute(
        update(ApprovalRequest)
        .where(ApprovalRequest.id == request.id)
        .values(updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    record(request, actor=user, kind="commented", text=text)
    session.flush()
    for reader in {request.requester_id: request.requester, request.approver_id: request.approver}.values():
        if reader.id != user.id:
            comment_written(session, settings, request=request, author=user, text=text, reader=reader)
    return comment


def may_comment(request: ApprovalRequest) -> bool:
    return request.status == "pending"


def comment_json(comment: ApprovalComment) -> dict[str, Any]:
    return {
        "id": comment.id,
        "at": comment.created_at.isoformat(),
        "author": {"username": comment.author.username, "full_name": comment.author.full_name},
        "text": comment.text,
    }


register_messages(
    {
        "comment_required": {
            "en": "{field}: please write something before sending.",
            "fr": "{field} : veuillez écrire quelque chose avant d'envoyer.",
        },
    }
)
