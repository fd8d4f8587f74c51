"""The lines of an order template (quantities editable), also shown read-only for an order or an approval request.

Columns depend on the signed-in user: "Unit price" and "Extended" exist only when ``me.can_see_prices`` — for
anyone else the model has no such column at all. A quantity is edited by the product's sale multiple: a value that
is not a positive multiple is refused (``sig_quantity_refused`` says why) and never enters the model. The
service's refusal of a line (``set_line_errors`` with ``ApiError.lines``) stays on that row: ``ERROR_ROLE``, its
tooltip and a red background, until the line is edited.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from lumen_common.money import extended as line_amount
from lumen_desktop import permissions

from ..api import Line, LineError
from ..context import AppContext
from ..style import brush
from .catalog_units import unit_short
from .keyed_table import KeyedTableModel

LINE_ROLE = Qt.ItemDataRole.UserRole
"""The row's ``LineRow``."""
ERROR_ROLE = Qt.ItemDataRole.UserRole + 1
"""The service's message refusing this line, or ""."""
SALE_MULTIPLE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The product's sale multiple (the quantity editor steps by it)."""
Index = QModelIndex | QPersistentModelIndex


@dataclass
class LineRow:
    """One line as shown and edited; ``extended`` follows the edited quantity the way the service computes it."""

    sku: str
    name: str
    quantity: int
    uom: str
    price_unit: int
    sale_multiple: int
    unit_price: Decimal | None
    served_quantity: int
    served_extended: Decimal | None
    error: str = ""

    @classmethod
    def from_line(cls, line: Line) -> LineRow:
        multiple = line.raw.get("sale_multiple", 1)
        return cls(
            sku=line.sku,
            name=line.name,
            quantity=line.quantity,
            uom=line.uom,
            price_unit=max(line.price_unit, 1),
            sale_multiple=multiple if isinstance(multiple, int) and multiple > 0 else 1,
            unit_price=line.unit_price,
            served_quantity=line.quantity,
            served_extended=line.extended,
        )

    @property
    def extended(self) -> Decimal | None:
        if self.quantity == self.served_quantity and self.served_extended is not None:
            return self.served_extended
        if self.unit_price is None:
            return None
        return line_amount(self.quantity, self.unit_price, self.price_unit)


class TemplateLinesModel(KeyedTableModel[str]):
    sig_changed = Signal()
    """The user changed a quantity or removed a line (the lines now differ from what the service has)."""
    sig_quantity_refused = Signal(int, str)
    """(row, message): a typed quantity was refused and the line kept its quantity."""

    def __init__(self, ctx: AppContext, editable: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._editable = editable
        self._rows: list[LineRow] = []
        self._dirty = False
        me = ctx.me
        self.shows_prices = permissions.can_see_prices(me)
        self._columns = ["sku", "name", "quantity", "uom"] + (["unit_price", "extended"] if self.shows_prices else [])
        ctx.i18n.sig_language_changed.connect(self._reformat)

    # --- content ------------------------------------------------------------------------------------------------
    def set_lines(self, lines: list[Line]) -> None:
        """Shows the service's lines; the model is clean again."""
        self.beginResetModel()
        self._rows = [LineRow.from_line(line) for line in lines]
        self._dirty = False
        self.endResetModel()

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
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        if rows:
            self._mark_changed()

    def set_line_errors(self, errors: list[LineError]) -> None:
        """Puts each refusal on its row (by the index sent, else by SKU); other rows are cleared."""
        for row in self._rows:
            row.error = ""
        by_sku = {row.sku: row for row in self._rows}
        for error in errors:
            target = self._rows[error.index] if 0 <= error.index < len(self._rows) else by_sku.get(error.sku or "")
            if target is not None:
                target.error = error.message
        self._emit_all_changed()

    # --- Qt model -----------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def column_title(self, key: str) -> str:
        titles = {
            "sku": self.tr("SKU"),
            "name": self.tr("Product"),
            "quantity": self.tr("Quantity"),
            "uom": self.tr("Unit"),
            "unit_price": self.tr("Price"),
            "extended": self.tr("Amount"),
        }
        return titles[key]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._editable and index.isValid() and self._columns[index.column()] == "quantity":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, key = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.EditRole and key == "quantity":
            return row.quantity
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("quantity", "unit_price", "extended"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.error or (self._multiple_hint(row) if key == "quantity" and self._editable else None)
        if role == Qt.ItemDataRole.BackgroundRole and row.error:
            return brush("problem")
        if role == LINE_ROLE:
            return row
        if role == ERROR_ROLE:
            return row.error
        if role == SALE_MULTIPLE_ROLE:
            return row.sale_multiple
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._columns[index.column()] != "quantity":
            return False
        row = self._rows[index.row()]
        problem = self.quantity_problem(row, value)
        if problem:
            self.sig_quantity_refused.emit(index.row(), problem)
            return False
        if int(value) == row.quantity:
            return True
        row.quantity = int(value)
        row.error = ""
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
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

    def _display(self, row: LineRow, key: str) -> str:
        fmt = self._ctx.formatter
        if key == "quantity":
            return fmt.number(row.quantity)
        if key == "unit_price":
            suffix = fmt.price_unit(row.price_unit)
            price = fmt.money(row.unit_price)
            return f"{price} {suffix}" if suffix and price else price
        if key == "extended":
            return fmt.money(row.extended)
        if key == "uom":
            return unit_short(row.uom)  # "ft" is "pi" in French
        return str(getattr(row, key))

    def _mark_changed(self) -> None:
        self._dirty = True
        self.sig_changed.emit()

    def _emit_all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))

    def _reformat(self, _language: str) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        self._emit_all_changed()
