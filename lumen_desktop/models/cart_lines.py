"""The cart's lines as a table: SKU, product, quantity (editable), unit, [unit price, amount], status.

The price columns exist ONLY when the user may see prices (``show_prices``): for anyone else the model has no
such column at all. The status column says when a line's change waits for the service ("Pending") or was refused
by it (the service's message). Editing a quantity does not change the model: it emits ``sig_quantity_edited``,
the cart session queues the edit, and the session's next ``ShownCart`` comes back through ``set_cart`` with the
line marked pending. A quantity that is not a multiple of the product's sale multiple is refused here, on the
line, before anything is sent.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont

from ..formatting import Formatter
from ..style import brush
from .cart_pending import ShownCart, ShownLine
from .keyed_table import RIGHT_ALIGNED, Index
from .order_lines import NUMERIC_COLUMNS, LineTableModel, line_columns, line_text

SkuRole = Qt.ItemDataRole.UserRole + 1
SaleMultipleRole = Qt.ItemDataRole.UserRole + 2
PendingRole = Qt.ItemDataRole.UserRole + 3
ProblemRole = Qt.ItemDataRole.UserRole + 4
MAX_QUANTITY = 1_000_000


class CartLinesModel(LineTableModel[ShownLine]):
    sig_quantity_edited = Signal(str, int)
    """The user set a valid new quantity (sku, quantity) for a line."""
    sig_quantity_valid = Signal(str)
    """The user typed a valid quantity for this line (sku): a message about an earlier value no longer applies."""

    def __init__(self, formatter: Formatter, show_prices: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._formatter = formatter
        self._refused: dict[str, str] = {}  # sku → the service's refusal
        self._local_problems: dict[str, str] = {}  # sku → a quantity refused here
        self.set_show_prices(show_prices)

    # --- configuration ------------------------------------------------------------------------------------------
    def set_show_prices(self, show_prices: bool) -> None:
        """Builds the columns: the price columns only exist for a user who may see prices."""
        self.beginResetModel()
        self._columns = [*line_columns(show_prices), "status"]
        self.endResetModel()

    def set_formatter(self, formatter: Formatter) -> None:
        """The language changed: re-format every cell and header."""
        self._formatter = formatter
        self.redraw()

    def set_cart(self, cart: ShownCart, refused: dict[str, str]) -> None:
        """Shows ``cart``'s lines; ``refused`` maps a SKU to the service's refusal of its last change."""
        same_rows = [line.sku for line in cart.lines] == [line.sku for line in self._rows]
        self._refused = dict(refused)
        skus = {line.sku for line in cart.lines}
        self._local_problems = {sku: text for sku, text in self._local_problems.items() if sku in skus}
        if same_rows:
            self._rows = list(cart.lines)
            self.redraw()  # keeps the selection and an open editor
        else:
            self.set_rows(cart.lines)

    # --- reading ------------------------------------------------------------------------------------------------
    def line(self, row: int) -> ShownLine:
        return self._rows[row]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            numeric = 0 <= section < len(self._columns) and self._columns[section] in NUMERIC_COLUMNS
            return RIGHT_ALIGNED if numeric else None
        return super().headerData(section, orientation, role)

    def column_title(self, key: str) -> str:
        if key == "unit_price":
            return self.tr("Unit price")
        return self.tr("Status") if key == "status" else super().column_title(key)

    def problem(self, sku: str) -> str:
        """Why the line's last change did not go through ("" when it did)."""
        return self._local_problems.get(sku) or self._refused.get(sku, "")

    def cell(self, row: int, name: str, role: int) -> Any:
        line = self._rows[row]
        if role == Qt.ItemDataRole.EditRole:
            return line.quantity if name == "quantity" else self.display(line, name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, name)
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.problem(line.sku):
                return brush("problem")
            return brush("pending") if line.pending else None
        if role == Qt.ItemDataRole.FontRole and line.pending:
            font = QFont()
            font.setItalic(True)
            return font
        return self._custom(line, role)

    def _custom(self, line: ShownLine, role: int) -> Any:
        if role == SkuRole:
            return line.sku
        if role == SaleMultipleRole:
            return line.sale_multiple
        if role == PendingRole:
            return line.pending
        if role == ProblemRole:
            return self.problem(line.sku)
        return None

    def display(self, line: ShownLine, name: str) -> str:
        if name == "status":
            return self.problem(line.sku) or (self.tr("Pending") if line.pending else "")
        if name == "extended" and line.extended is None:
            return "…"  # the service recomputes the amount of a pending change
        return line_text(name, line.line, self._formatter, quantity=line.quantity, extended=line.extended)

    def _tooltip(self, line: ShownLine, name: str) -> str | None:
        problem = self.problem(line.sku)
        if problem:
            return problem
        if line.pending:
            if name == "extended":
                return self.tr("The amount is recalculated by the service once the change is sent.")
            return self.tr("This change will be sent when the service is back.")
        if name == "quantity" and line.sale_multiple > 1:
            return self.tr("Sold in multiples of %1").replace("%1", self._formatter.number(line.sale_multiple))
        return None

    # --- editing ------------------------------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.in_editable_column(index):
            return False
        line = self._rows[index.row()]
        try:
            quantity = int(value)
        except (TypeError, ValueError):
            quantity = 0
        problem = self._quantity_problem(line, quantity)
        if problem:
            self._local_problems[line.sku] = problem
            self.redraw_row(index.row())
            return False
        self._local_problems.pop(line.sku, None)
        self.sig_quantity_valid.emit(line.sku)
        if quantity != line.quantity:
            self.sig_quantity_edited.emit(line.sku, quantity)
        self.redraw_row(index.row())
        return True

    def _quantity_problem(self, line: ShownLine, quantity: int) -> str:
        f = self._formatter
        if quantity <= 0:
            return self.tr("Enter a quantity above zero, or remove the line.")
        if quantity > MAX_QUANTITY:
            return self.tr("At most %1 per line.").replace("%1", f.number(MAX_QUANTITY))
        multiple = line.sale_multiple
        if quantity % multiple:
            below = quantity // multiple * multiple
            if not below:
                text = self.tr("Sold in multiples of %1: enter %1 or more.")
            else:
                text = self.tr("Sold in multiples of %1: enter %2 or %3.")
            return (
                text.replace("%1", f.number(multiple))
                .replace("%2", f.number(below))
                .replace("%3", f.number(below + multiple))
            )
        return ""
