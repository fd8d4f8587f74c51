"""Typed results of the cart, template, approval and order calls (pydantic models, see ``model``).

The same ``Line`` shape is used by carts, templates, approval requests and orders. Every money field
(``unit_price``, ``extended``, ``subtotal``, tax ``amount``, ``total``) is ``Decimal | None``: None when the user
may not see prices — the key was absent and views must not create a column for it.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import AliasChoices, Field, model_validator

from .model import ApiModel, Items, Json, Money, Text
from .types import Person


class Line(ApiModel):
    sku: str
    name: str
    quantity: int
    uom: str
    price_unit: int = 1
    unit_price: Money = None
    extended: Money = None
    sale_multiple: int = Field(default=1, ge=1)
    """The quantity must be a multiple of it (the service sends it with every line)."""


class Tax(ApiModel):
    name: str
    rate: Decimal
    amount: Money = None


class Cart(ApiModel):
    """``GET /cart`` (and the answer of every cart mutation that returns the cart)."""

    lines: list[Line]
    subtotal: Money = None
    taxes: Items[Tax] = Field(default_factory=list)
    total: Money = None
    po_number: Text
    job_name: Text
    note: Text
    version: str
    may_place: bool | None = None
    """Whether this user may place this cart now (else: send it for approval); None for a cart not from the
    service (the empty cart shown before the first answer)."""
    needs_approval_code: str | None = None
    """When ``may_place`` is false: ``approval_required`` or ``over_order_limit``."""


class Template(ApiModel):
    """An order template. ``kind == "approval_request"`` marks a pending request shown to its approver as a
    template (seed parity); its ``approval_id`` opens it in the Approvals inbox."""

    id: Text = ""
    name: str
    kind: str = "template"
    approval_id: str | None = None
    owner: Person
    """Who saved the template, or who sent the approval request."""
    lines: list[Line] = Field(default_factory=list)
    line_count: int
    created_at: datetime | None = None
    """Absent from the entries of ``GET /templates``."""
    updated_at: datetime | None = None

    @property
    def has_lines(self) -> bool:
        """Whether the answer carried the lines: an entry of ``GET /templates`` is a summary without them."""
        return "lines" in self.model_fields_set


class HistoryEntry(ApiModel):
    """One change in an approval request's history (who, when, what)."""

    at: datetime | None
    actor: str
    action: str
    details: Json = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _actor(cls, data: Any) -> Any:
        # The contract names the actor as a person; the history shows their name.
        if isinstance(data, dict) and isinstance(data.get("actor"), dict):
            actor = data["actor"]
            return {**data, "actor": actor.get("full_name") or actor.get("username")}
        return data


class Approval(ApiModel):
    """An approval request. ``version`` is what ``approvals.edit`` needs as ``If-Match``; list items may carry
    only a summary (no ``lines``/``history``): ``line_count`` is filled either way."""

    id: str
    status: str
    requester: Person | None
    approver: Person | None
    first_approver: Person | None = None
    """Who approved the first tier of a two-tier request (then ``approver`` is the second)."""
    note: Text = ""
    lines: list[Line] = Field(default_factory=list)
    requested_lines: list[Line] | None = None
    """The lines as the requester sent them; None in a list's summary."""
    line_count: int
    po_number: Text
    job_name: Text
    subtotal: Money = None
    taxes: Items[Tax] = Field(default_factory=list)
    total: Money = None
    version: str
    created_at: datetime | None
    updated_at: datetime | None = None
    decided_at: datetime | None = None
    order_number: str | None
    reason: str | None = Field(default=None, validation_alias=AliasChoices("reject_reason", "reason"))
    history: list[HistoryEntry] = Field(default_factory=list)

    @classmethod
    def blank(cls) -> Approval:
        """A request with nothing in it: what an editor shows before one is opened."""
        return cls(
            id="",
            status="",
            requester=None,
            approver=None,
            line_count=0,
            po_number="",
            job_name="",
            version="",
            created_at=None,
            order_number=None,
        )


class BranchRef(ApiModel):
    code: str
    name: str


class Shipping(ApiModel):
    """How a placed order travels: delivered, or picked up at ``branch``."""

    method: Literal["delivery", "pickup"]
    branch: BranchRef | None = None


class Order(ApiModel):
    """A placed order (``checkout``, ``approvals.approve``, ``orders.list/get``)."""

    number: str
    status: str
    placed_at: datetime | None = Field(validation_alias=AliasChoices("created_at", "placed_at"))
    placed_by: Person
    requester: Person | None = None
    """The requester, for an order placed from an approval request."""
    po_number: Text
    job_name: Text
    lines: list[Line] = Field(default_factory=list)
    line_count: int
    subtotal: Money = None
    taxes: Items[Tax] = Field(default_factory=list)
    total: Money = None
    shipping: Shipping | None = None
    """None in a list's summary."""
