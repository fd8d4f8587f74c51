"""Request and response bodies of account requests (the public form and the staff queue)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from email_validator import EmailNotValidError, validate_email
from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator

from lumen_server.auth.limits import MAX_ORDER_LIMIT
from lumen_server.auth.permissions import Permission
from lumen_server.core.fields import Reason, SingleLine

Channel = Literal["web", "cmeq", "acceo"]


def _email(value: str) -> str:
    """A syntactically valid address, normalised (domain lower-cased); no DNS lookup."""
    try:
        return validate_email(value.strip(), check_deliverability=False, allow_smtputf8=False).normalized
    except EmailNotValidError:
        raise ValueError("invalid_email") from None


class AccountRequestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    customer_number: Annotated[str, Field(min_length=1, max_length=20), SingleLine]
    first_name: Annotated[str, Field(min_length=1, max_length=80), SingleLine]
    last_name: Annotated[str, Field(min_length=1, max_length=80), SingleLine]
    email: Annotated[str, Field(min_length=1, max_length=254), SingleLine]
    language: Literal["fr", "en"]
    permission: Permission
    can_see_prices: StrictBool
    approver_email: Annotated[str | None, Field(max_length=254), SingleLine] = None
    # With place_orders_up_to: the subtotal (before taxes) over which the account's carts go for approval.
    order_limit: Decimal | None = Field(default=None, gt=0, le=MAX_ORDER_LIMIT, decimal_places=2)
    channel: Channel

    def kept_as_given(self) -> dict[str, Any]:
        """What the stored ``AccountRequest`` keeps as the form gives it, by column: every field but the customer,
        the approver and the limit, the service's to check first (a new field without a column fails loudly)."""
        return self.model_dump(exclude={"customer_number", "approver_email", "order_limit"})

    @field_validator("customer_number")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()

    @field_validator("first_name", "last_name")
    @classmethod
    def _name(cls, value: str) -> str:
        # One line, single spaces: names go into e-mail headers and usernames.
        name = " ".join(value.split())
        if not name:
            raise ValueError("name_required")
        return name

    @field_validator("email")
    @classmethod
    def _valid_email(cls, value: str) -> str:
        return _email(value)

    @field_validator("approver_email")
    @classmethod
    def _valid_approver_email(cls, value: str | None) -> str | None:
        return _email(value) if value is not None and value.strip() else None


class ReasonIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason


class AccountRequestCreatedOut(BaseModel):
    id: int
    status: str
    created_at: str
    promised_by: str = Field(description="created_at + 72 hours: when the account will have been processed")


class AccountRequestOut(BaseModel):
    id: int
    status: str
    customer_number: str
    customer_name: str
    first_name: str
    last_name: str
    email: str
    language: str
    permission: Permission
    can_see_prices: bool
    approver_email: str | None
    approver_name: str | None
    order_limit: str | None = Field(description="With place_orders_up_to: the account's order limit")
    channel: Channel
    created_at: str
    promised_by: str
    waited_hours: int = Field(description="Whole hours since the request was sent (until decided)")
    overdue: bool = Field(description="Still pending past the 72-hour promise")
    decided_at: str | None
    reject_reason: str | None
    username: str | None = Field(description="The account created from it, once approved")


class AccountRequestListOut(BaseModel):
    items: list[AccountRequestOut]


class ApprovedOut(BaseModel):
    username: str
