"""Request and response bodies of approval requests and the inbox summary.

Price fields are marked ``PRICE``: a user who may not see prices is answered the models without them
(``lumen_server.core.answers``, contract invariant 1).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from lumen_server.cart.lines import MAX_LINES, LineIn
from lumen_server.cart.schemas import LineOut, PricedOut
from lumen_server.core.answers import PRICE
from lumen_server.core.fields import JobName, PoNumber, Reason
from lumen_server.orders.service import PlacingIn

Status = Literal["pending", "approved", "rejected", "cancelled"]
Role = Literal["approver", "requester"]
MAX_TEXT = 1000


class SubmitIn(BaseModel):
    """The note defaults to the one saved on the cart."""

    model_config = ConfigDict(extra="forbid")

    note: str | None = Field(default=None, max_length=MAX_TEXT)


class ApprovalEditIn(BaseModel):
    """Fields given are set (null or blank clears PO/job); ``lines`` replaces every line, all or nothing."""

    model_config = ConfigDict(extra="forbid")

    lines: list[LineIn] | None = Field(default=None, min_length=1, max_length=MAX_LINES)
    po_number: PoNumber = None
    job_name: JobName = None


class ApproveIn(PlacingIn):
    """PO number and job name default to the request's."""


class RejectIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason


class RequesterOut(BaseModel):
    username: str
    full_name: str


class ApproverOut(BaseModel):
    username: str
    full_name: str
    email: str


class ChangeOut(BaseModel):
    sku: str
    name: str
    change: Literal["changed", "added", "removed"]
    requested_quantity: int | None
    quantity: int | None


class HistoryEntryOut(BaseModel):
    action: Literal[
        "created", "edited", "first_approval", "approved", "rejected", "cancelled", "reminded", "escalated", "commented"
    ] = Field(description="first_approval: approved by the first of two approvers (details: tier, of, next_approver)")
    at: str
    version: int
    actor: RequesterOut
    details: dict[str, Any] = Field(
        description="What changed: lines (sku, old, new), po_number, job_name, ...; on_behalf_of {username, "
        "full_name} when a stand-in or someone the request was offered to acted for the approver; reminded: to "
        "[people], working_hours; escalated: offered_to [people], working_hours"
    )


class _ApprovalFields(BaseModel):
    """What a request's list item and the request itself both show."""

    id: int
    status: Status
    created_at: str
    updated_at: str
    decided_at: str | None
    version: int
    requester: RequesterOut
    approver: ApproverOut
    po_number: str | None
    job_name: str | None
    order_number: str | None
    reject_reason: str | None
    line_count: int
    tier: int = Field(default=1, description="1, or 2 once the first approver passed it on to the second")
    first_approver: RequesterOut | None = Field(default=None, description="Who approved tier 1 (two tiers only)")


class ApprovalSummaryOut(_ApprovalFields):
    total: Annotated[str | None, PRICE] = Field(default=None, description="Only for a user who may see prices")


class ApprovalListOut(BaseModel):
    items: list[ApprovalSummaryOut]


class ApprovalOut(_ApprovalFields, PricedOut):
    note: str | None
    lines: list[LineOut]
    requested_lines: list[LineOut] = Field(description="The lines as the requester sent them")
    changes: list[ChangeOut] = Field(description="Requested vs now, line by line")
    history: list[HistoryEntryOut]


class InboxSummaryOut(BaseModel):
    pending_for_me: int
    my_pending: int
    my_decided_since_last_seen: int
    etag: str
