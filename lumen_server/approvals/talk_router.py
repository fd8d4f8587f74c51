"""HTTP endpoints of talk on a request (comments) and of merging pending requests into one order (thin)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from lumen_server.approvals.comments import add_comment, comment_json, may_comment, thread
from lumen_server.approvals.merge import merge_once
from lumen_server.approvals.talk_schemas import CommentIn, CommentListOut, CommentOut, MergeIn
from lumen_server.core.answers import priced_route
from lumen_server.core.deps import CustomerUser, IdPath, SessionDep, SettingsDep
from lumen_server.orders.deps import PlacingDep
from lumen_server.orders.schemas import OrderOut

router = APIRouter(tags=["approvals"])


@router.get("/approvals/{approval_id}/comments", response_model=CommentListOut)
def comments(approval_id: IdPath, session: SessionDep, user: CustomerUser) -> Any:
    """The request's comments, oldest first, for whoever may see the request (404 for anyone else)."""
    request, items = thread(session, user=user, approval_id=approval_id)
    return {"items": [comment_json(c) for c in items], "may_comment": may_comment(request)}


@router.post("/approvals/{approval_id}/comments", status_code=201, response_model=CommentOut)
def write_comment(
    approval_id: IdPath, body: CommentIn, session: SessionDep, settings: SettingsDep, user: CustomerUser
) -> Any:
    """Adds a comment to a pending request; it is e-mailed to the other side and shown in the history."""
    comment = add_comment(session, settings, user=user, approval_id=approval_id, text=body.text)
    return comment_json(comment)


@priced_route(router.post, "/inbox/merge", model=OrderOut, status_code=201)
def merge(body: MergeIn, placing: PlacingDep) -> Any:
    """Places several pending requests of one customer as one order (lines summed per SKU), all or nothing; each
    requester is e-mailed. A repeated ``Idempotency-Key`` answers the first order (``Idempotent-Replayed: true``)."""
    return placing.answer(merge_once(placing.settings, placing.once(), body=body))
