"""Bodies of the staff's approval-rule endpoints."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from lumen_server.auth.limits import MAX_ORDER_LIMIT
from lumen_server.core.fields import SingleLine


class ApprovalRuleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    threshold: Decimal = Field(ge=0, le=MAX_ORDER_LIMIT, decimal_places=2, description="Subtotal before taxes")
    approver_username: Annotated[str, Field(min_length=1, max_length=80), SingleLine]


class RuleApproverOut(BaseModel):
    username: str
    full_name: str
    email: str


class ApprovalRuleOut(BaseModel):
    customer_number: str
    threshold: str = Field(description="Requests whose subtotal is over it need the second approver too")
    approver: RuleApproverOut
    updated_at: str
