"""The lines of an order template (quantities editable), also shown read-only for an order or an approval request.

Columns depend on the signed-in user: "Unit price" and "Extended" exist only when ``me.can_see_prices`` — for
anyone else the model has no such column at all. A quantity is edited by the product's sale multiple: a value that
is not a positive multiple is refused (``sig_quantity_refused`` says why) and never enters the model. The
service's refusal of a line (``set_line_errors`` with ``ApiError.lines``) stays on that row: ``ERROR_ROLE``, its
tooltip and a red background, until the line is edited.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal

from lumen_common.money import extended as line_amount
from lumen_desktop import permissions

from ..api import Line, LineError
from ..context import AppContext
from ..style import brush
from .keyed_table import Index
from .order_lines import EditedLine, LineTableModel, line_columns, line_text

LINE_ROLE = Qt.ItemDataRole.UserRole
"""The row's ``LineRow``."""
ERROR_ROLE = Qt.ItemDataRole.UserRole + 1
"""The service's message refusing this line, or ""."""
SALE_MULTIPLE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The product's sale multiple (the quantity editor steps by it)."""


@dataclass(frozen=True)
class LineRow(EditedLine):
    """One line as shown and edited; ``extended`` follows the edited quantity the way the service computes it."""

    error: str = ""

    @property
    def extended(self) -> Decimal | None:
        line = self.line
        if self.quantity == line.quantity and line.extended is not None:
            return line.extended
        if line.unit_price is None:
            return None
        return line_amount(self.quantity, line.unit_price, max(line.price_unit, 1))


class TemplateLinesModel(LineTableModel[LineRow]):
    sig_changed = Signal()
    """The user changed a quantity or removed a line (the lines now differ from what the service has)."""
    sig_quantity_refused = Signal(int, str)
    """(row, message): a typed quantity was refused and the line kept its quantity."""

    def __init__(self, ctx: AppContext, editable: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._editable = editable
        self._dirty = False
        me = ctx.me
        self.shows_prices = permissions.can_see_prices(me)
        self._columns = line_columns(self.shows_prices)
        ctx.i18n.sig_language_changed.connect(self._on_language_changed)

    # --- content ------------------------------------------------------------------------------------------------
    def set_lines(self, lines: list[Line]) -> None:
        """Shows the service's lines; the model is clean again."""
        self._dirty = False
        self.set_rows(LineRow(line, line.quantity) for line in lines)

    def rows(self) -> list[LineRow]:
        return list(self._rows)

    def line_inputs(self) -> list[dict[str, Any]]:
        """The lines in the form the service takes (``{"sku", "quantity"}``), in order."""
        return [{"sku": row.sku, "quantity": row.quantity} for row in self._rows]

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.remove_row(row)
        if rows:
            self._mark_changed()

    def set_line_errors(self, errors: list[LineError]) -> None:
        """Puts each refusal on its row (by the index sent, else by SKU); other rows are cleared."""
        messages = [""] * len(self._rows)
        by_sku = {row.sku: number for number, row in enumerate(self._rows)}
        for error in errors:
            target = error.index if 0 <= error.index < len(self._rows) else by_sku.get(error.sku or "")
            if target is not None:
                messages[target] = error.message
        self._rows = [replace(row, error=message) for row, message in zip(self._rows, messages, strict=True)]
        self.redraw(headers=False)

    # --- Qt model -----------------------------------------------------------------------------------------------
    def may_edit(self, row: int) -> bool:
        return self._editable

    def cell(self, row: int, key: str, role: int) -> Any:
        line = self._rows[row]
        if role == Qt.ItemDataRole.EditRole and key == "quantity":
            return line.quantity
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.error or (self._multiple_hint(line) if key == "quantity" and self._editable else None)
        if role == Qt.ItemDataRole.BackgroundRole and line.error:
            return brush("problem")
        if role == LINE_ROLE:
            return line
        if role == ERROR_ROLE:
            return line.error
        if role == SALE_MULTIPLE_ROLE:
            return line.sale_multiple
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.in_editable_column(index):
            return False
        row = self._rows[index.row()]
        problem = self.quantity_problem(row, value)
        if problem:
            self.sig_quantity_refused.emit(index.row(), problem)
            return False
        if int(value) == row.quantity:
            return True
        self._rows[index.row()] = replace(row, quantity=int(value), error="")
        self.redraw_row(index.row())
        self._mark_changed()
        return True

    def quantity_problem(self, row: LineRow, value: Any) -> str:
        """Why ``value`` can't be this line's quantity, or "" when it can."""
        if isinstance(value, bool) or not isinstance(value, int):
            return self.tr("Enter a whole number.")
        if value <= 0:
            return self.tr("The quantity must be more than zero.")
        if value > 1_000_000:
            return self.tr("The quantity can't be more than 1,000,000.")
        if value % row.sale_multiple:
            return self._multiple_hint(row)
        return ""

    def _multiple_hint(self, row: LineRow) -> str:
        fmt = self._ctx.formatter
        return (
            self.tr("%1 is sold in multiples of %2.")
            .replace("%1", row.sku)
            .replace("%2", fmt.number(row.sale_multiple))
        )

    def display(self, row: LineRow, key: str) -> str:
        return line_text(key, row.line, self._ctx.formatter, quantity=row.quantity, extended=row.extended)

    def _mark_changed(self) -> None:
        self._dirty = True
        self.sig_changed.emit()
