"""The lines of an approval request in the approver's editor: an editable table over an ``ApprovalDraft``.

Columns: SKU, product, quantity (editable; ``SaleMultipleRole`` gives the step), unit, then unit price and
extended ONLY when the user may see prices (the columns do not exist otherwise), then "Your change" (changed
from N / added / removed). Edited rows are bold on a pale yellow, removed ones struck out, and a row the service
(``ApiError.lines``) or the local check refused is pale red with the message in its tooltip and change cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont

from ..api import LineError, Product
from ..formatting import Formatter
from ..style import brush
from .approval_draft import ApprovalDraft, DraftLine, LineState
from .keyed_table import Index
from .order_lines import LineTableModel, line_columns, line_text

SkuRole = Qt.ItemDataRole.UserRole + 1
SaleMultipleRole = Qt.ItemDataRole.UserRole + 2
MAX_QUANTITY = 1_000_000


class ApprovalLinesModel(LineTableModel[DraftLine]):
    sig_edited = Signal()
    """The approver changed something (quantity, added or removed line): the draft is dirty or clean again."""

    def __init__(
        self,
        draft: ApprovalDraft,
        formatter: Formatter,
        can_see_prices: bool,
        editable: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._draft = draft
        self._rows = draft.lines  # the draft's own list: the draft's edits are the rows' edits
        self._formatter = formatter
        self._editable = editable
        self._columns = [*line_columns(can_see_prices), "change"]
        self._errors: dict[str, str] = {}  # sku → the service's refusal of that line

    # --- state ------------------------------------------------------------------------------------------------
    @property
    def draft(self) -> ApprovalDraft:
        return self._draft

    def set_draft(self, draft: ApprovalDraft) -> None:
        self.beginResetModel()
        self._draft = draft
        self._rows = draft.lines
        self._errors = {}
        self.endResetModel()

    def set_formatter(self, formatter: Formatter) -> None:
        """The language changed: headers and formatted cells are redrawn."""
        self._formatter = formatter
        self.redraw()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def line(self, row: int) -> DraftLine:
        return self._rows[row]

    def set_line_errors(self, errors: list[LineError], payload_skus: list[str]) -> None:
        """Puts each refused line's message on its row (``index`` points into the payload sent)."""
        self._errors = {}
        for error in errors:
            sku = error.sku or (payload_skus[error.index] if 0 <= error.index < len(payload_skus) else None)
            if sku:
                self._errors[sku] = error.message
        self.redraw(headers=False)

    def local_problems(self) -> dict[str, str]:
        """Lines whose quantity the service would refuse (not a positive multiple): sku → message."""
        return {line.sku: problem for line in self._draft.lines if (problem := self._local_problem(line))}

    def _local_problem(self, line: DraftLine) -> str:
        """What is wrong with ``line``'s quantity as the service would see it ("" when nothing)."""
        if line.removed or (line.quantity > 0 and not line.quantity % line.sale_multiple):
            return ""
        return self.tr("Enter a quantity in multiples of %1.").replace("%1", self._formatter.number(line.sale_multiple))

    def error_of(self, row: int) -> str:
        return self._error_of(self._rows[row])

    def _error_of(self, line: DraftLine) -> str:
        # One line's own check: this runs for every cell's colour and tooltip at each repaint.
        return self._errors.get(line.sku) or self._local_problem(line)

    # --- edits ------------------------------------------------------------------------------------------------
    def toggle_removed(self, row: int) -> None:
        if self._draft.lines[row].base_quantity is None:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._draft.toggle_removed(row)
            self.endRemoveRows()
        else:
            self._draft.toggle_removed(row)
            self.redraw_row(row)
        self.sig_edited.emit()

    def add_product(self, product: Product, quantity: int) -> int:
        existing = self._draft.row_of(product.sku)
        if existing is None:
            row = len(self._draft.lines)
            self.beginInsertRows(QModelIndex(), row, row)
            self._draft.add(product, quantity)
            self.endInsertRows()
        else:
            row = self._draft.add(product, quantity)
            self.redraw_row(row)
        self.sig_edited.emit()
        return row

    # --- Qt model -----------------------------------------------------------------------------------------------
    def column_title(self, key: str) -> str:
        return self.tr("Your change") if key == "change" else super().column_title(key)

    def may_edit(self, row: int) -> bool:
        return self._editable and not self._rows[row].removed

    def cell(self, row: int, key: str, role: int) -> Any:
        line = self._rows[row]
        if role == Qt.ItemDataRole.EditRole:
            return line.quantity if key == "quantity" else self.display(line, key)
        if role == SkuRole:
            return line.sku
        if role == SaleMultipleRole:
            return line.sale_multiple
        if role == Qt.ItemDataRole.ToolTipRole:
            error = self._error_of(line)
            if error:
                return error
            if key == "quantity":
                return self.tr("Sold in multiples of %1").replace("%1", self._formatter.number(line.sale_multiple))
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._error_of(line):
                return brush("problem")
            if line.state is not LineState.UNCHANGED:
                return brush("changed")
        if role == Qt.ItemDataRole.FontRole and line.state is not LineState.UNCHANGED:
            font = QFont()
            font.setStrikeOut(line.removed)
            font.setBold(not line.removed)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.in_editable_column(index):
            return False
        try:
            quantity = int(value)
        except (TypeError, ValueError):
            return False
        if quantity <= 0 or quantity > MAX_QUANTITY:
            return False
        line = self._rows[index.row()]
        if quantity == line.quantity:
            return True
        self._draft.set_quantity(index.row(), quantity)
        self._errors.pop(line.sku, None)
        self.redraw_row(index.row())
        self.sig_edited.emit()
        return True

    # --- helpers ------------------------------------------------------------------------------------------------
    def display(self, line: DraftLine, key: str) -> str:
        if key == "change":
            return self._error_of(line) or self._change_text(line)
        return line_text(key, line, self._formatter, quantity=line.quantity, extended=line.extended)

    def _change_text(self, line: DraftLine) -> str:
        state = line.state
        if state is LineState.CHANGED and line.base_quantity is not None:
            return self.tr("Changed (was %1)").replace("%1", self._formatter.number(line.base_quantity))
        if state is LineState.ADDED:
            return self.tr("Added")
        if state is LineState.REMOVED:
            return self.tr("Removed")
        return ""
