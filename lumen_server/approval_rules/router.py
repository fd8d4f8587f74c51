"""Staff endpoints of per-customer second-approval rules (thin: parse, call the service, shape the answer)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Response

from lumen_server.approval_rules.schemas import ApprovalRuleIn, ApprovalRuleOut
from lumen_server.approval_rules.service import delete_rule, rule_json, rule_of_customer, set_rule
from lumen_server.core.deps import SessionDep, StaffUser

router = APIRouter(tags=["approval rules"])

CustomerNumber = Annotated[str, Path(min_length=1, max_length=20)]


@router.get("/customers/{number}/approval-rule", response_model=ApprovalRuleOut)
def approval_rule(number: CustomerNumber, session: SessionDep, _staff: StaffUser) -> Any:
    """Staff only: the customer's second-approval rule (404 approval_rule_not_found when it has none)."""
    return rule_json(rule_of_customer(session, number=number))


@router.put("/customers/{number}/approval-rule", response_model=ApprovalRuleOut)
def put_approval_rule(number: CustomerNumber, body: ApprovalRuleIn, session: SessionDep, _staff: StaffUser) -> Any:
    """Staff only: requests of this customer whose subtotal is over ``threshold`` need, after their approver,
    the approval of ``approver_username`` (two tiers at most). Replaces the customer's rule."""
    rule = set_rule(session, number=number, threshold=body.threshold, approver_username=body.approver_username)
    return rule_json(rule)


@router.delete("/customers/{number}/approval-rule", status_code=204)
def remove_approval_rule(number: CustomerNumber, session: SessionDep, _staff: StaffUser) -> Response:
    """Staff only: the customer's requests need one approval again (requests already passed on stay so)."""
    delete_rule(session, number=number)
    return Response(status_code=204)
