"""What the approver changed in a request, line by line, for the requester's "My requests".

Compares the lines as the requester sent them (``requested_lines`` of ``GET /approvals/{id}``) with the lines as
they stand (or were placed): each SKU is unchanged, changed (requested N, placed M), added by the approver, or
removed. Quantities only — there is no price column here for anyone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from ..api import Approval, Line
from ..formatting import Formatter
from ..style import brush
from .approval_draft import LineState
from .catalog_units import unit_short
from .keyed_table import RowTableModel
from .order_lines import line_column_title


@dataclass(frozen=True)
class LineChange:
    sku: str
    name: str
    uom: str
    requested: int | None  # None: the approver added the line
    placed: int | None  # None: the approver removed it

    @property
    def kind(self) -> LineState:
        if self.requested is None:
            return LineState.ADDED
        if self.placed is None:
            return LineState.REMOVED
        return LineState.CHANGED if self.requested != self.placed else LineState.UNCHANGED


def requested_lines(approval: Approval) -> list[Line]:
    """The lines as the requester sent them; the current lines when the service does not give them."""
    return list(approval.lines if approval.requested_lines is None else approval.requested_lines)


def line_changes(approval: Approval) -> list[LineChange]:
    """Requested vs placed, in the requester's order, the approver's additions last."""
    requested = {line.sku: line for line in requested_lines(approval)}
    placed = {line.sku: line for line in approval.lines}
    changes = []
    for sku in dict.fromkeys([*requested, *placed]):
        before, now = requested.get(sku), placed.get(sku)
        named = now or before
        assert named is not None
        changes.append(
            LineChange(sku, named.name, named.uom, before.quantity if before else None, now.quantity if now else None)
        )
    return changes


class ApprovalChangesModel(RowTableModel[LineChange]):
    RIGHT_ALIGNED_COLUMNS = frozenset({"requested", "placed"})
    COLUMNS = ("sku", "name", "requested", "placed", "uom", "change")

    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent, columns=self.COLUMNS)
        self._formatter = formatter
        self._placed = False

    def set_approval(self, approval: Approval | None) -> None:
        self._placed = approval is not None and approval.status == "approved"
        self.set_rows(line_changes(approval) if approval is not None else [])
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def set_formatter(self, formatter: Formatter) -> None:
        self._formatter = formatter
        self.redraw()

    def change(self, row: int) -> LineChange:
        return self._rows[row]

    def column_title(self, key: str) -> str:
        if key == "requested":
            return self.tr("Requested")
        if key == "placed":
            return self.tr("Placed") if self._placed else self.tr("Now")
        return self.tr("Approver's change") if key == "change" else line_column_title(key)

    def cell(self, row: int, key: str, role: int) -> Any:
        change = self._rows[row]
        if role == Qt.ItemDataRole.BackgroundRole and change.kind is not LineState.UNCHANGED:
            return brush("changed")
        if role == Qt.ItemDataRole.FontRole and change.kind is LineState.REMOVED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def display(self, change: LineChange, key: str) -> str:
        number = self._formatter.number
        if key == "sku":
            return change.sku
        if key == "name":
            return change.name
        if key == "requested":
            return number(change.requested) if change.requested is not None else "—"
        if key == "placed":
            return number(change.placed) if change.placed is not None else "—"
        if key == "uom":
            return unit_short(change.uom)
        return {
            LineState.UNCHANGED: "",
            LineState.CHANGED: self.tr("Quantity changed"),
            LineState.ADDED: self.tr("Added by the approver"),
            LineState.REMOVED: self.tr("Removed by the approver"),
        }[change.kind]
