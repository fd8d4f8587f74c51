"""Typed results of the cart, template, approval and order calls.

The same ``Line`` shape is used by carts, templates, approval requests and orders. Every money field
(``unit_price``, ``extended``, ``subtotal``, tax ``amount``, ``total``) is ``Decimal | None``: None when the user
may not see prices — the key was absent and views must not create a column for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from .parsing import decimal, integer, items, money, opt_text, text, when
from .types import Person

Json = dict[str, Any]


@dataclass(frozen=True)
class Line:
    sku: str
    name: str
    quantity: int
    uom: str
    price_unit: int
    unit_price: Decimal | None
    extended: Decimal | None
    raw: Json = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Json) -> Line:
        return cls(
            sku=text(data, "sku"),
            name=text(data, "name"),
            quantity=integer(data, "quantity"),
            uom=text(data, "uom"),
            price_unit=integer(data, "price_unit", 1),
            unit_price=money(data, "unit_price"),
            extended=money(data, "extended"),
            raw=data,
        )


@dataclass(frozen=True)
class Tax:
    name: str
    rate: Decimal
    amount: Decimal | None

    @classmethod
    def from_json(cls, data: Json) -> Tax:
        return cls(text(data, "name"), decimal(data.get("rate")), money(data, "amount"))


def _lines(data: Json) -> list[Line]:
    return [Line.from_json(line) for line in items(data, "lines")]


def _taxes(data: Json) -> list[Tax]:
    return [Tax.from_json(tax) for tax in items(data, "taxes")]


@dataclass(frozen=True)
class Cart:
    """``GET /cart`` (and the answer of every cart mutation that returns the cart)."""

    lines: list[Line]
    subtotal: Decimal | None
    taxes: list[Tax]
    total: Decimal | None
    po_number: str
    job_name: str
    note: str
    version: str
    raw: Json = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Json) -> Cart:
        return cls(
            lines=_lines(data),
            subtotal=money(data, "subtotal"),
            taxes=_taxes(data),
            total=money(data, "total"),
            po_number=text(data, "po_number"),
            job_name=text(data, "job_name"),
            note=text(data, "note"),
            version=text(data, "version"),
            raw=data,
        )


@dataclass(frozen=True)
class Template:
    """An order template. ``kind == "approval_request"`` marks a pending request shown to its approver as a
    template (seed parity); its ``approval_id`` opens it in the Approvals inbox."""

    id: str
    name: str
    kind: str
    approval_id: str | None
    lines: list[Line]
    updated_at: datetime | None
    raw: Json = field(default_factory=dict, repr=False, compare=False)

    @property
    def has_lines(self) -> bool:
        """Whether the answer carried the lines: an entry of ``GET /templates`` is a summary without them."""
        return "lines" in self.raw

    @classmethod
    def from_json(cls, data: Json) -> Template:
        return cls(
            id=text(data, "id"),
            name=text(data, "name"),
            kind=text(data, "kind", "template"),
            approval_id=opt_text(data, "approval_id"),
            lines=_lines(data),
            updated_at=when(data.get("updated_at")),
            raw=data,
        )


@dataclass(frozen=True)
class HistoryEntry:
    """One change in an approval request's history (who, when, what)."""

    at: datetime | None
    actor: str
    action: str
    details: Json
    raw: Json = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Json) -> HistoryEntry:
        actor = data.get("actor", data.get("by", ""))
        if isinstance(actor, dict):
            actor = actor.get("full_name", actor.get("username", ""))
        details = data.get("details", data.get("changes", {}))
        return cls(
            at=when(data.get("at", data.get("created_at"))),
            actor=str(actor or ""),
            action=text(data, "action", text(data, "event")),
            details=details if isinstance(details, dict) else {"changes": details},
            raw=data,
        )


@dataclass(frozen=True)
class Approval:
    """An approval request. ``version`` is what ``approvals.edit`` needs as ``If-Match``; list items may carry
    only a summary (no ``lines``/``history``): ``line_count`` is filled either way."""

    id: str
    status: str
    requester: Person | None
    approver: Person | None
    note: str
    lines: list[Line]
    line_count: int
    po_number: str
    job_name: str
    subtotal: Decimal | None
    taxes: list[Tax]
    total: Decimal | None
    version: str
    created_at: datetime | None
    order_number: str | None
    reason: str | None
    history: list[HistoryEntry]
    raw: Json = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Json) -> Approval:
        lines = _lines(data)
        return cls(
            id=text(data, "id"),
            status=text(data, "status"),
            requester=Person.from_json(data.get("requester")),
            approver=Person.from_json(data.get("approver")),
            note=text(data, "note"),
            lines=lines,
            line_count=integer(data, "line_count", len(lines)),
            po_number=text(data, "po_number"),
            job_name=text(data, "job_name"),
            subtotal=money(data, "subtotal"),
            taxes=_taxes(data),
            total=money(data, "total"),
            version=text(data, "version"),
            created_at=when(data.get("created_at")),
            order_number=opt_text(data, "order_number"),
            reason=opt_text(data, "reject_reason") or opt_text(data, "reason") or opt_text(data, "rejection_reason"),
            history=[HistoryEntry.from_json(h) for h in items(data, "history")],
            raw=data,
        )


@dataclass(frozen=True)
class Order:
    """A placed order (``checkout``, ``approvals.approve``, ``orders.list/get``)."""

    number: str
    status: str
    placed_at: datetime | None
    po_number: str
    job_name: str
    lines: list[Line]
    line_count: int
    subtotal: Decimal | None
    taxes: list[Tax]
    total: Decimal | None
    shipping: Json
    raw: Json = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Json) -> Order:
        lines = _lines(data)
        shipping = data.get("shipping")
        return cls(
            number=text(data, "number"),
            status=text(data, "status"),
            placed_at=when(data.get("placed_at", data.get("created_at"))),
            po_number=text(data, "po_number"),
            job_name=text(data, "job_name"),
            lines=lines,
            line_count=integer(data, "line_count", len(lines)),
            subtotal=money(data, "subtotal"),
            taxes=_taxes(data),
            total=money(data, "total"),
            shipping=shipping if isinstance(shipping, dict) else {},
            raw=data,
        )
