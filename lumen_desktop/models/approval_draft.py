"""The approver's unsaved edits of one approval request, kept apart from what the service last said.

``ApprovalDraft`` holds the request as read (its ``version``) and the approver's edits on top: changed
quantities, added lines, removed lines, PO number and job name. It answers the effective lines (each marked
unchanged / changed / added / removed) and the PATCH payload.

When a save meets ``409 version_conflict``, ``rebase(fresh)`` re-applies the same edits on the fresh request and
answers the ``Conflict``: per line what the approver had read, what is there now (theirs) and what the approver
typed (yours). Nothing the approver typed is dropped: a quantity typed on a line someone else removed comes back
as an added line. Plain Python (no Qt), so the rules are tested on their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import Enum

from lumen_common.money import extended as line_amount

from ..api import Approval, Line, Product


class LineState(Enum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


@dataclass
class DraftLine:
    """One line as the editor shows it: the service's quantity (``base_quantity``, None for a line the approver
    added) and the approver's (``quantity``)."""

    sku: str
    name: str
    uom: str
    quantity: int
    base_quantity: int | None
    sale_multiple: int = 1
    price_unit: int = 1
    unit_price: Decimal | None = None
    removed: bool = False

    @property
    def state(self) -> LineState:
        if self.removed:
            return LineState.REMOVED
        if self.base_quantity is None:
            return LineState.ADDED
        return LineState.CHANGED if self.quantity != self.base_quantity else LineState.UNCHANGED

    @property
    def extended(self) -> Decimal | None:
        """``quantity × unit_price ÷ price_unit`` rounded half-up to the cent, as the service computes it."""
        if self.unit_price is None:
            return None
        return line_amount(self.quantity, self.unit_price, self.price_unit)

    @classmethod
    def from_line(cls, line: Line) -> DraftLine:
        return cls(
            sku=line.sku,
            name=line.name,
            uom=line.uom,
            quantity=line.quantity,
            base_quantity=line.quantity,
            sale_multiple=line.sale_multiple,
            price_unit=line.price_unit,
            unit_price=line.unit_price,
        )

    @classmethod
    def from_product(cls, product: Product, quantity: int) -> DraftLine:
        return cls(
            sku=product.sku,
            name=product.name,
            uom=product.uom,
            quantity=quantity,
            base_quantity=None,
            sale_multiple=max(product.sale_multiple, 1),
            price_unit=product.price_unit,
            unit_price=product.price,
        )


@dataclass(frozen=True)
class ConflictLine:
    """One line of "what changed meanwhile": quantities as read, as now on the service, and as typed
    (None = absent; ``yours`` None and ``yours_removed`` False = the approver did not touch it)."""

    sku: str
    name: str
    read: int | None
    theirs: int | None
    yours: int | None
    yours_removed: bool = False

    @property
    def changed_by_them(self) -> bool:
        return self.read != self.theirs


@dataclass(frozen=True)
class Conflict:
    lines: list[ConflictLine]
    their_po_number: str | None = None  # set when someone else changed it meanwhile
    their_job_name: str | None = None
    their_author: str = ""  # who made the last change, when the history says


@dataclass
class ApprovalDraft:
    approval: Approval
    lines: list[DraftLine] = field(default_factory=list)
    po_number: str = ""
    job_name: str = ""

    @classmethod
    def of(cls, approval: Approval) -> ApprovalDraft:
        return cls(
            approval, [DraftLine.from_line(line) for line in approval.lines], approval.po_number, approval.job_name
        )

    # --- reading ----------------------------------------------------------------------------------------------
    @property
    def version(self) -> str:
        return self.approval.version

    @property
    def lines_dirty(self) -> bool:
        return any(line.state is not LineState.UNCHANGED for line in self.lines)

    @property
    def header_dirty(self) -> bool:
        return self.po_number != self.approval.po_number or self.job_name != self.approval.job_name

    @property
    def is_dirty(self) -> bool:
        return self.lines_dirty or self.header_dirty

    def row_of(self, sku: str) -> int | None:
        return next((row for row, line in enumerate(self.lines) if line.sku == sku), None)

    def payload_lines(self) -> list[dict[str, object]]:
        """The whole line list for ``PATCH /approvals/{id}`` (line edits are all-or-nothing)."""
        return [{"sku": line.sku, "quantity": line.quantity} for line in self.lines if not line.removed]

    def subtotal(self) -> Decimal | None:
        amounts = [line.extended for line in self.lines if not line.removed]
        if any(amount is None for amount in amounts):
            return None
        return sum((amount for amount in amounts if amount is not None), Decimal("0.00"))

    # --- editing ----------------------------------------------------------------------------------------------
    def set_quantity(self, row: int, quantity: int) -> None:
        self.lines[row].quantity = quantity

    def toggle_removed(self, row: int) -> None:
        """Marks a line for removal (or keeps it again); a line the approver added just goes away."""
        line = self.lines[row]
        if line.base_quantity is None:
            del self.lines[row]
        else:
            line.removed = not line.removed

    def add(self, product: Product, quantity: int) -> int:
        """Adds ``quantity`` of ``product`` (to its line when there is one); answers the row."""
        row = self.row_of(product.sku)
        if row is None:
            self.lines.append(DraftLine.from_product(product, quantity))
            return len(self.lines) - 1
        line = self.lines[row]
        line.quantity = quantity if line.removed else line.quantity + quantity
        line.removed = False
        return row

    # --- conflicts --------------------------------------------------------------------------------------------
    def rebase(self, fresh: Approval) -> tuple[ApprovalDraft, Conflict]:
        """The same edits on top of ``fresh`` (the request as it is now), and what changed meanwhile."""
        rebased = ApprovalDraft.of(fresh)
        mine = {line.sku: line for line in self.lines if line.state is not LineState.UNCHANGED}
        for sku, edit in mine.items():
            row = rebased.row_of(sku)
            if edit.removed:
                if row is not None:
                    rebased.lines[row].removed = True
            elif row is not None:
                rebased.lines[row].quantity = edit.quantity
            else:  # gone (or never there) on the service: keep what was typed, as an added line
                rebased.lines.append(replace(edit, base_quantity=None, removed=False))
        rebased.po_number = self.po_number if self.po_number != self.approval.po_number else fresh.po_number
        rebased.job_name = self.job_name if self.job_name != self.approval.job_name else fresh.job_name
        return rebased, self._conflict_with(fresh, mine)

    def _conflict_with(self, fresh: Approval, mine: dict[str, DraftLine]) -> Conflict:
        read = {line.sku: line for line in self.approval.lines}
        theirs = {line.sku: line for line in fresh.lines}
        skus = list(dict.fromkeys([*read, *theirs, *mine]))
        rows: list[ConflictLine] = []
        for sku in skus:
            before, now, edit = read.get(sku), theirs.get(sku), mine.get(sku)
            named = now or before or edit
            row = ConflictLine(
                sku=sku,
                name=named.name if named is not None else sku,
                read=before.quantity if before else None,
                theirs=now.quantity if now else None,
                yours=edit.quantity if edit and not edit.removed else None,
                yours_removed=bool(edit and edit.removed),
            )
            if row.changed_by_them or edit is not None:
                rows.append(row)
        author = fresh.history[-1].actor if fresh.history else ""
        return Conflict(
            lines=rows,
            their_po_number=fresh.po_number if fresh.po_number != self.approval.po_number else None,
            their_job_name=fresh.job_name if fresh.job_name != self.approval.job_name else None,
            their_author=author,
        )
