"""HTTP endpoints of approval requests (thin: parse, call the service, shape the answer).

``GET /approvals/{id}`` and ``PATCH`` answer ``ETag: "<version>"``; ``PATCH`` needs ``If-Match`` with it.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Query, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.orm import Session

from lumen_server.approvals import messages as _messages  # noqa: F401  (registers the approvals' messages)
from lumen_server.approvals.answers import approval_json, approval_summaries_json
from lumen_server.approvals.decisions import approve_once, cancel, reject
from lumen_server.approvals.editing import edit_request
from lumen_server.approvals.events import VersionConflict
from lumen_server.approvals.inbox_router import router as inbox_router
from lumen_server.approvals.models import ApprovalRequest
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
from lumen_server.auth.models import User
from lumen_server.core.answers import for_viewer, priced_route, response_for_viewer
from lumen_server.core.deps import CustomerUser, IdPath, LanguageDep, SessionDep, SettingsDep
from lumen_server.core.errors import ApiError, error_body
from lumen_server.core.i18n import Language
from lumen_server.orders.deps import PlacingDep
from lumen_server.orders.schemas import OrderOut

router = APIRouter(tags=["approvals"])
router.include_router(inbox_router)
router.include_router(talk_router)


def _etag(version: int) -> str:
    return f'"{version}"'


def _read_version(if_match: str | None) -> int:
    """The version named by ``If-Match: "<version>"`` (428 without one; an unreadable one is simply stale)."""
    if if_match is None or not if_match.strip() or if_match.strip() == "*":
        raise ApiError(428, "precondition_required", field="If-Match")
    tag = if_match.split(",")[0].strip().removeprefix("W/").strip('"')
    return int(tag) if tag.isdigit() and len(tag) < 10 else -1


def _answer(
    session: Session,
    *,
    request: ApprovalRequest,
    user: User,
    language: Language,
    response: Response | None = None,
) -> BaseModel:
    """The request as ``user`` may see it; with ``response``, its version as the ``ETag``."""
    if response is not None:
        response.headers["ETag"] = _etag(request.version)
    return for_viewer(user, approval_json(session, request=request, user=user, language=language), model=ApprovalOut)


@priced_route(router.post, "/cart/submit-for-approval", model=ApprovalOut, status_code=201)
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
    return _answer(session, request=request, user=user, language=language, response=response)


@priced_route(router.get, "/approvals", model=ApprovalListOut)
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
    items = approval_summaries_json(session, requests=requests, user=user, language=language)
    return for_viewer(user, {"items": items}, model=ApprovalListOut)


@priced_route(router.get, "/approvals/{approval_id}", model=ApprovalOut)
def approval(
    approval_id: IdPath, session: SessionDep, user: CustomerUser, language: LanguageDep, response: Response
) -> Any:
    """One request (only for its requester and the approver it is addressed to; 404 for anyone else)."""
    request = visible_request(session, user=user, approval_id=approval_id)
    return _answer(session, request=request, user=user, language=language, response=response)


@priced_route(
    router.patch,
    "/approvals/{approval_id}",
    model=ApprovalOut,
    responses={409: {"description": "version_conflict (error.current_version), already_decided..."}, 428: {}},
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
    return _answer(session, request=request, user=user, language=language, response=response)


@priced_route(
    router.post,
    "/approvals/{approval_id}/approve",
    model=OrderOut,
    status_code=201,
    responses={202: {"model": ApprovalOut, "description": "Passed on to the customer's second approver (tier 2)"}},
)
def approve(approval_id: IdPath, body: ApproveIn, placing: PlacingDep) -> Any:
    """Places the request as an order for its requester (e-mailed). A repeated ``Idempotency-Key`` answers the
    first order again (header ``Idempotent-Replayed: true``) and changes nothing. Over the customer's second-tier
    rule, the first approval places nothing: 202 with the request, now addressed to the second approver."""
    database, settings, user = placing.database, placing.settings, placing.user
    passed_on = pass_on_if_second_tier(
        database, settings, approver_id=user.id, approval_id=approval_id, language=placing.language
    )
    if passed_on is not None:
        headers = {"ETag": _etag(passed_on["version"])}
        return response_for_viewer(user, passed_on, model=ApprovalOut, status_code=202, headers=headers)
    return placing.answer(approve_once(settings, placing.once(), approval_id=approval_id, body=body))


@priced_route(router.post, "/approvals/{approval_id}/reject", model=ApprovalOut)
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
    return _answer(session, request=request, user=user, language=language)


@priced_route(router.post, "/approvals/{approval_id}/cancel", model=ApprovalOut)
def cancel_approval(approval_id: IdPath, session: SessionDep, user: CustomerUser, language: LanguageDep) -> Any:
    """The requester withdraws a pending request; it can then no longer be edited, approved or rejected."""
    request = cancel(session, user=user, approval_id=approval_id)
    return _answer(session, request=request, user=user, language=language)
