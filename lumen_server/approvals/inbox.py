"""The inbox summary a desktop polls every few seconds: three counts and an ETag that changes with any of them.

The ETag hashes the counts, how many requests involve the user, the latest change among them and when the user
last looked at their decided requests: any new, edited, decided or cancelled request changes it.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from lumen_server.approvals.models import ApprovalRequest
from lumen_server.approvals.standin import in_inbox_of
from lumen_server.approvals.working_time import local_date
from lumen_server.auth.models import User
from lumen_server.core.db import utcnow


def _count(session: Session, *conditions: Any) -> int:
    return session.scalar(select(func.count()).select_from(ApprovalRequest).where(*conditions)) or 0


def inbox_summary(session: Session, *, user: User) -> dict[str, Any]:
    decided: ColumnElement[bool] = ApprovalRequest.status.in_(("approved", "rejected"))
    if user.requests_seen_at is not None:
        decided &= ApprovalRequest.decided_at > user.requests_seen_at
    # Also what I stand in for or was offered: it is in my inbox.
    mine = in_inbox_of(user, local_date(utcnow()))
    summary: dict[str, Any] = {
        "pending_for_me": _count(session, mine, ApprovalRequest.status == "pending"),
        "my_pending": _count(session, ApprovalRequest.requester_id == user.id, ApprovalRequest.status == "pending"),
        "my_decided_since_last_seen": _count(session, ApprovalRequest.requester_id == user.id, decided),
    }
    involved, latest = session.execute(
        select(func.count(), func.max(ApprovalRequest.updated_at)).where(
            or_(mine, ApprovalRequest.requester_id == user.id)
        )
    ).one()
    state = (
        f"{user.id}|{summary['pending_for_me']}|{summary['my_pending']}|{summary['my_decided_since_last_seen']}|"
        f"{involved}|{latest}|{user.requests_seen_at}"
    )
    summary["etag"] = '"' + hashlib.sha256(state.encode()).hexdigest()[:32] + '"'
    return summary


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """Whether an ``If-None-Match`` header names ``etag`` (weak or strong, quoted or not, or ``*``)."""
    if not if_none_match:
        return False
    bare = etag.strip('"')
    for candidate in if_none_match.split(","):
        tag = candidate.strip().removeprefix("W/").strip('"')
        if tag in ("*", bare):
            return True
    return False


def mark_seen(session: Session, *, user: User) -> None:
    """The requester has seen their decided requests: "decided since last seen" starts again from zero."""
    session.get_one(User, user.id).requests_seen_at = utcnow()
