"""HTTP endpoints of approval requests (thin: parse, call the service, shape the answer).

``GET /approvals/{id}`` and ``PATCH`` answer ``ETag: "<version>"``; ``PATCH`` needs ``If-Match`` with it.
"""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Query, Response
from fastapi.responses import JSONResponse

from lumen_server.approvals import messages as _messages  # noqa: F401  (registers the approvals' messages)
from lumen_server.approvals.decisions import approve_and_place, cancel, reject
from lumen_server.approvals.editing import edit_request
from lumen_server.approvals.events import VersionConflict
from lumen_server.approvals.inbox_router import router as inbox_router
from lumen_server.approvals.schemas import (
    ApprovalEditIn,
    ApprovalListOut,
    ApprovalOut,
    ApproveIn,
    RejectIn,
    Role,
    Status,
    SubmitIn,
)
from lumen_server.approvals.service import default_role, list_requests, visible_request
from lumen_server.approvals.submit import submit_cart
from lumen_server.approvals.talk_router import router as talk_router
from lumen_server.approvals.tiers import pass_on_if_second_tier
from lumen_server.approvals.views import approval_json, approval_summaries_json
from lumen_server.core.deps import CustomerUser, DatabaseDep, IdPath, LanguageDep, SessionDep, SettingsDep
from lumen_server.core.errors import ApiError, error_body
from lumen_server.orders.checkout import idempotency_key
from lumen_server.orders.deps import PlacingUser
from lumen_server.orders.idempotency import place_once, scope_for
from lumen_server.orders.schemas import OrderOut
from lumen_server.orders.service import order_answer

router = APIRouter(tags=["approvals"])
router.include_router(inbox_router)
router.include_router(talk_router)

_PRICED = {"response_model_exclude_unset": True}


def _etag(version: int) -> str:
    return f'"{version}"'


def _read_version(if_match: str | None) -> int:
    """The version named by ``If-Match: "<version>"`` (428 without one; an unreadable one is simply stale)."""
    if if_match is None or not if_match.strip() or if_match.strip() == "*":
        raise ApiError(428, "precondition_required", field="If-Match")
    tag = if_match.split(",")[0].strip().removeprefix("W/").strip('"')
    return int(tag) if tag.isdigit() and len(tag) < 10 else -1


@router.post("/cart/submit-for-approval", status_code=201, response_model=ApprovalOut, **_PRICED)
def submit_for_approval(
    session: SessionDep,
    settings: SettingsDep,
    user: CustomerUser,
    language: LanguageDep,
    response: Response,
    body: Annotated[SubmitIn | None, Body()] = None,
) -> Any:
    """Sends the cart to the requester's approver (e-mailed) and empties the cart. Buyers get 403 not_a_requester."""
    body = body or SubmitIn()
    request = submit_cart(session, settings, user=user, note=body.note, note_given="note" in body.model_fields_set)
    response.headers["ETag"] = _etag(request.version)
    return approval_json(session, request=request, user=user, language=language)


@router.get("/approvals", response_model=ApprovalListOut, **_PRICED)
def approvals(
    session: SessionDep,
    user: CustomerUser,
    language: LanguageDep,
    status: Status | None = None,
    role: Role | None = Query(default=None, description="Default: approver if anyone names me, else requester"),
) -> Any:
    """The requests addressed to me (approver) or sent by me (requester), newest first."""
    role = role or default_role(session, user=user)
    requests = list_requests(session, user=user, role=role, status=status)
    return {"items": approval_summaries_json(session, requests=requests, user=user, language=language)}


@router.get("/approvals/{approval_id}", response_model=ApprovalOut, **_PRICED)
def approval(
    approval_id: IdPath, session: SessionDep, user: CustomerUser, language: LanguageDep, response: Response
) -> Any:
    """One request (only for its requester and the approver it is addressed to; 404 for anyone else)."""
    request = visible_request(session, user=user, approval_id=approval_id)
    response.headers["ETag"] = _etag(request.version)
    return approval_json(session, request=request, user=user, language=language)


@router.patch(
    "/approvals/{approval_id}",
    response_model=ApprovalOut,
    responses={409: {"description": "version_conflict (error.current_version), already_decided..."}, 428: {}},
    **_PRICED,
)
def edit_approval(
    approval_id: IdPath,
    edit: ApprovalEditIn,
    session: SessionDep,
    user: CustomerUser,
    language: LanguageDep,
    response: Response,
    if_match: Annotated[str | None, Header(alias="If-Match", max_length=100)] = None,
) -> Any:
    """The approver changes lines (replaced all or nothing), PO number or job name of a pending request."""
    read_version = _read_version(if_match)
    try:
        request = edit_request(session, user=user, approval_id=approval_id, read_version=read_version, edit=edit)
    except VersionConflict as conflict:
        body = error_body(conflict.code, field=conflict.field, **conflict.params)
        body["error"]["current_version"] = conflict.current_version
        return JSONResponse(body, status_code=409, headers={"ETag": _etag(conflict.current_version)})
    response.headers["ETag"] = _etag(request.version)
    return approval_json(session, request=request, user=user, language=language)


@router.post(
    "/approvals/{approval_id}/approve",
    status_code=201,
    response_model=OrderOut,
    responses={202: {"model": ApprovalOut, "description": "Passed on to the customer's second approver (tier 2)"}},
    **_PRICED,
)
def approve(
    approval_id: IdPath,
    body: ApproveIn,
    database: DatabaseDep,
    settings: SettingsDep,
    user: PlacingUser,
    language: LanguageDep,
    response: Response,
    key_header: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> Any:
    """Places the request as an order for its requester (e-mailed). A repeated ``Idempotency-Key`` answers the
    first order again (header ``Idempotent-Replayed: true``) and changes nothing. Over the customer's second-tier
    rule, the first approval places nothing: 202 with the request, now addressed to the second approver."""
    key = idempotency_key(key_header)
    passed_on = pass_on_if_second_tier(
        database, settings, approver_id=user.id, approval_id=approval_id, language=language
    )
    if passed_on is not None:
        return JSONResponse(passed_on, status_code=202, headers={"ETag": _etag(passed_on["version"])})
    place = partial(approve_and_place, settings=settings, approver_id=user.id, approval_id=approval_id, body=body)
    scope = scope_for(key, operation="approve", target=f"approval:{approval_id}", payload=body)
    order, created = place_once(
        database, user_id=user.id, scope=scope, place=place, answer=order_answer(user, language)
    )
    if not created:
        response.headers["Idempotent-Replayed"] = "true"
    return order


@router.post("/approvals/{approval_id}/reject", response_model=ApprovalOut, **_PRICED)
def reject_approval(
    approval_id: IdPath,
    body: RejectIn,
    session: SessionDep,
    settings: SettingsDep,
    user: CustomerUser,
    language: LanguageDep,
) -> Any:
    """The approver refuses the request with a reason (required); the requester is e-mailed the reason."""
    request = reject(session, settings, user=user, approval_id=approval_id, reason=body.reason)
    return approval_json(session, request=request, user=user, language=language)


@router.post("/approvals/{approval_id}/cancel", response_model=ApprovalOut, **_PRICED)
def cancel_approval(approval_id: IdPath, session: SessionDep, user: CustomerUser, language: LanguageDep) -> Any:
    """The requester withdraws a pending request; it can then no longer be edited, approved or rejected."""
    request = cancel(session, user=user, approval_id=approval_id)
    return approval_json(session, request=request, user=user, language=language)
