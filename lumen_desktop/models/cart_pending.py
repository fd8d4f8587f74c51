"""The cart as the user sees it: the last cart the service sent, with the edits still waiting applied on top.

Pure functions (no Qt, no I/O except ``send_edit``, which runs inside an ``Op``):

- ``shown_cart(cart, edits)`` → ``ShownCart``: lines with their pending quantity, removed lines gone, PO/job/note
  as typed, and which of them still wait for the service. Money stays what the service last computed: a line
  whose quantity is pending has no amount (``amount_pending``), and the totals say they are ``stale`` — the
  desktop never computes prices or taxes itself.
- ``send_edit(client, edit)`` → the service's cart after the edit (or None when it answered without a cart).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from lumen_desktop.api import ApiClient, Cart, Line, Tax
from lumen_desktop.store.drafts import PendingEdit

from .order_lines import EditedLine

DETAIL_FIELDS = ("po_number", "job_name", "note")


def _multiple(value: Any) -> int:
    """A sale multiple as a draft saved it (1 when it is not a whole number above zero)."""
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1


@dataclass(frozen=True)
class ShownLine(EditedLine):
    pending: bool  # a quantity change not yet accepted by the service

    @property
    def extended(self) -> Decimal | None:
        """The service's amount, or None while the quantity is pending (recomputed by the service later)."""
        return None if self.pending else self.line.extended


@dataclass(frozen=True)
class ShownCart:
    lines: list[ShownLine]
    details: dict[str, str]  # po_number, job_name, note
    pending_details: frozenset[str]
    subtotal: Decimal | None
    taxes: list[Tax]
    total: Decimal | None
    stale_totals: bool  # some pending edit changes what the totals would be
    pending_count: int
    empty_pending: bool = False
    removed_skus: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_empty(self) -> bool:
        return not self.lines


EMPTY_CART = Cart(lines=[], po_number="", job_name="", note="", version="")


def shown_cart(cart: Cart | None, edits: list[PendingEdit]) -> ShownCart:
    """``cart`` (or an empty cart) with ``edits`` applied in order."""
    cart = cart or EMPTY_CART
    lines = {line.sku: ShownLine(line, line.quantity, False) for line in cart.lines}
    order = [line.sku for line in cart.lines]
    details = {"po_number": cart.po_number, "job_name": cart.job_name, "note": cart.note}
    pending_details: set[str] = set()
    removed: set[str] = set()
    emptied = False
    for edit in edits:
        if edit.kind == "add_lines":
            for added in added_lines(edit):
                sku, quantity = added.sku, added.quantity
                removed.discard(sku)
                if sku in lines:
                    lines[sku] = ShownLine(lines[sku].line, lines[sku].quantity + quantity, True)
                    continue
                line = Line(
                    sku=sku,
                    name=added.name or sku,
                    quantity=quantity,
                    uom=added.uom,
                    sale_multiple=added.sale_multiple,
                )
                lines[sku] = ShownLine(line, quantity, True)
                if sku not in order:
                    order.append(sku)
        elif edit.kind == "set_quantity" and edit.sku in lines:
            lines[edit.sku] = ShownLine(lines[edit.sku].line, int(edit.payload.get("quantity", 0)), True)
        elif edit.kind == "remove_line" and edit.sku in lines:
            del lines[edit.sku]
            removed.add(edit.sku)
        elif edit.kind == "empty":
            removed.update(lines)
            lines.clear()
            emptied = True
        elif edit.kind == "update_details":
            for name in DETAIL_FIELDS:
                if name in edit.payload:
                    details[name] = str(edit.payload[name] or "")
                    pending_details.add(name)
    shown = [lines[sku] for sku in order if sku in lines]
    line_edits = any(edit.kind != "update_details" for edit in edits)
    return ShownCart(
        lines=shown,
        details=details,
        pending_details=frozenset(pending_details),
        subtotal=cart.subtotal,
        taxes=list(cart.taxes),
        total=cart.total,
        stale_totals=line_edits,
        pending_count=len(edits),
        empty_pending=emptied,
        removed_skus=frozenset(removed),
    )


@dataclass(frozen=True)
class AddedLine:
    """One line of an ``add_lines`` edit, as the draft saved it (name and unit for showing it before it is sent)."""

    sku: str
    quantity: int
    name: str
    uom: str
    sale_multiple: int


def added_lines(edit: PendingEdit) -> list[AddedLine]:
    """The lines an ``add_lines`` edit adds (those with a SKU)."""
    lines = edit.payload.get("lines")
    if not isinstance(lines, list):
        return []
    return [
        AddedLine(
            sku=str(line["sku"]),
            quantity=int(line.get("quantity", 0)),
            name=str(line.get("name") or ""),
            uom=str(line.get("uom") or ""),
            sale_multiple=_multiple(line.get("sale_multiple", 1)),
        )
        for line in lines
        if isinstance(line, dict) and line.get("sku")
    ]


def send_edit(client: ApiClient, edit: PendingEdit) -> Cart | None:
    """Sends one edit to the service (worker thread); answers the cart when the service returns it."""
    if edit.kind == "add_lines":  # POST /cart/lines ADDS to what the cart holds, all-or-nothing
        return client.cart.add_lines([{"sku": line.sku, "quantity": line.quantity} for line in added_lines(edit)])
    if edit.kind == "set_quantity":
        return client.cart.set_quantity(edit.sku or "", int(edit.payload["quantity"]))
    if edit.kind == "remove_line":
        return client.cart.remove_line(edit.sku or "")
    if edit.kind == "empty":
        return client.cart.empty()
    if edit.kind == "update_details":
        # PATCH ignores None, so a field cleared on purpose is sent as "" (the service stores it as empty).
        fields = {name: str(edit.payload[name] or "") for name in DETAIL_FIELDS if name in edit.payload}
        return client.cart.update_details(**fields)
    raise ValueError(f"unknown cart edit {edit.kind!r}")
