"""``GET /inbox/summary`` (cheap to poll: ``304`` to a matching ``If-None-Match``) and ``POST /inbox/seen``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Response

from lumen_server.approvals.inbox import etag_matches, inbox_summary, mark_seen
from lumen_server.approvals.schemas import InboxSummaryOut
from lumen_server.core.deps import CustomerUser, SessionDep

router = APIRouter(tags=["approvals"])


def _answer(summary: dict[str, Any], response: Response) -> dict[str, Any]:
    response.headers["ETag"] = summary["etag"]
    response.headers["Cache-Control"] = "private, no-cache"
    return summary


@router.get(
    "/inbox/summary",
    response_model=InboxSummaryOut,
    responses={304: {"description": "Nothing changed since the ETag given in If-None-Match (no body)"}},
)
def summary(
    session: SessionDep,
    user: CustomerUser,
    response: Response,
    if_none_match: Annotated[str | None, Header(alias="If-None-Match", max_length=1000)] = None,
) -> Any:
    """Pending requests addressed to me, mine still pending, mine decided since I last looked (``POST /inbox/seen``)."""
    current = inbox_summary(session, user=user)
    if etag_matches(if_none_match, current["etag"]):
        return Response(status_code=304, headers={"ETag": current["etag"], "Cache-Control": "private, no-cache"})
    return _answer(current, response)


@router.post("/inbox/seen", response_model=InboxSummaryOut)
def seen(session: SessionDep, user: CustomerUser, response: Response) -> Any:
    """The requester has seen "My requests": ``my_decided_since_last_seen`` drops to 0. Answers the new summary."""
    mark_seen(session, user=user)
    session.flush()
    return _answer(inbox_summary(session, user=user), response)
