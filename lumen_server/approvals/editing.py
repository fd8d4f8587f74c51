"""The approver's edits of a pending request: needs the version it was read at (contract invariant 5)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from lumen_server.approvals.changes import line_changes
from lumen_server.approvals.events import VersionConflict, claim, record
from lumen_server.approvals.models import ApprovalLine, ApprovalRequest, current_lines
from lumen_server.approvals.schemas import ApprovalEditIn
from lumen_server.approvals.service import addressed_request, ensure_pending
from lumen_server.approvals.standin import on_behalf_of
from lumen_server.auth.models import User
from lumen_server.cart.lines import resolve_lines


def edit_request(
    session: Session, *, user: User, approval_id: int, read_version: int, edit: ApprovalEditIn
) -> ApprovalRequest:
    """Applies ``edit`` if the request is still at ``read_version``; records what changed in an "edited" event.

    Nothing changes when the lines are refused (422 naming every bad line) or the version is stale (409).
    """
    # Locked first: the lines compared and replaced below are those of the version the edit is checked against.
    request = addressed_request(session, user=user, approval_id=approval_id, for_update=True)
    ensure_pending(request)
    given = edit.model_fields_set
    new_lines = resolve_lines(session, lines=edit.lines) if edit.lines is not None else None
    details: dict[str, Any] = {}
    if new_lines is not None:
        changes = line_changes(current_lines(request), new_lines)
        if changes:
            details["lines"] = [change.as_event() for change in changes]
    for field in ("po_number", "job_name"):
        if field in given:
            old, new = getattr(request, field), getattr(edit, field)
            if old != new:
                details[field] = {"old": old, "new": new}
    if not details:
        # Nothing would change: still refuse a stale version, so the caller learns it must reload.
        if request.version != read_version:
            raise VersionConflict(request.version)
        return request
    claim(session, request, read_version=read_version, **{f: d["new"] for f, d in details.items() if f != "lines"})
    if new_lines is not None and "lines" in details:
        request.lines.clear()
        session.flush()
        request.lines.extend(
            ApprovalLine(product_id=p.id, product=p, quantity=q, position=i) for i, (p, q) in enumerate(new_lines)
        )
    record(request, actor=user, kind="edited", **details, **on_behalf_of(request, actor=user))
    session.flush()
    return request
