"""HTTP endpoints of account requests: the public form, and the staff queue (thin: parse, call, shape)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter

from lumen_server.account_requests import messages as _messages  # noqa: F401  (registers the messages)
from lumen_server.account_requests.answers import created_json, requests_json
from lumen_server.account_requests.schemas import (
    AccountRequestCreatedOut,
    AccountRequestIn,
    AccountRequestListOut,
    AccountRequestOut,
    ApprovedOut,
    ReasonIn,
)
from lumen_server.account_requests.service import approve_request, list_requests, reject_request, submit_request
from lumen_server.core.deps import IdPath, SessionDep, SettingsDep, StaffUser

router = APIRouter(tags=["account requests"])


@router.post("/account-requests", status_code=201, response_model=AccountRequestCreatedOut)
def request_account(form: AccountRequestIn, session: SessionDep, settings: SettingsDep) -> Any:
    """Public (no sign-in): asks Lumen.ca for an account; processed by the e-commerce staff within 72 hours. The
    person is e-mailed an acknowledgement saying so, in the form's ``language``."""
    return created_json(submit_request(session, settings, form=form))


@router.get("/account-requests", response_model=AccountRequestListOut)
def account_requests(
    session: SessionDep, _staff: StaffUser, status: Literal["pending", "approved", "rejected"] | None = None
) -> Any:
    """Staff: the requests (all, or of one status), oldest first, with their wait against the 72-hour promise."""
    return {"items": requests_json(session, requests=list_requests(session, status=status))}


@router.post("/account-requests/{request_id}/approve", response_model=ApprovedOut, responses={409: {}})
def approve(request_id: IdPath, session: SessionDep, settings: SettingsDep, staff: StaffUser) -> Any:
    """Staff: creates the account and e-mails its username and one-time password; answers the username only."""
    user = approve_request(session, settings, staff=staff, request_id=request_id)
    return {"username": user.username}


@router.post("/account-requests/{request_id}/reject", response_model=AccountRequestOut, responses={409: {}})
def reject(request_id: IdPath, body: ReasonIn, session: SessionDep, settings: SettingsDep, staff: StaffUser) -> Any:
    """Staff: turns the request down; the reason is e-mailed to the person who asked."""
    request = reject_request(session, settings, staff=staff, request_id=request_id, reason=body.reason)
    return requests_json(session, requests=[request])[0]
