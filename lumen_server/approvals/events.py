"""Recording what happened to a request, and claiming it race-free for one change."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from lumen_server.approvals.models import ApprovalEvent, ApprovalRequest
from lumen_server.approvals.service import ensure_pending
from lumen_server.auth.models import User
from lumen_server.core.db import utcnow
from lumen_server.core.errors import ApiError

# Columns a claim may change, re-read after its UPDATE (the ORM did not see it).
_CLAIMED = ("version", "status", "updated_at")


class VersionConflict(ApiError):
    """The request changed since the caller read it (409); carries the version it is at now."""

    def __init__(self, current_version: int) -> None:
        super().__init__(409, "version_conflict", field="If-Match", version=current_version)
        self.current_version = current_version


def record(request: ApprovalRequest, *, actor: User, kind: str, **details: Any) -> None:
    request.events.append(
        ApprovalEvent(actor_id=actor.id, actor=actor, kind=kind, version=request.version, details=details)
    )


def claim(session: Session, request: ApprovalRequest, *, read_version: int | None = None, **values: Any) -> None:
    """Moves the pending request to its next version (with ``values``) if nobody else did first.

    One conditional UPDATE (``WHERE status = 'pending' [AND version = :read_version]``): on PostgreSQL a concurrent
    claim waits for the row lock, then finds the condition false; on SQLite writers are serialised anyway. The loser
    gets 409 and changes nothing.
    """
    ensure_pending(request)
    if read_version is not None and request.version != read_version:
        raise VersionConflict(request.version)
    condition = (ApprovalRequest.id == request.id) & (ApprovalRequest.status == "pending")
    if read_version is not None:
        condition &= ApprovalRequest.version == read_version
    result = session.execute(
        update(ApprovalRequest)
        .where(condition)
        .values(version=ApprovalRequest.version + 1, updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    session.refresh(request, [*_CLAIMED, *values])
    if result.rowcount != 1:  # type: ignore[attr-defined]
        ensure_pending(request)
        raise VersionConflict(request.version)
