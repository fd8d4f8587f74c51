"""The material-list preview: each row of the file, the product its code names, and what is wrong with it.

``resolve(client)`` looks every distinct code up in the catalog (``GET /products?q=<code>``, one ``Op`` each,
several at a time) and keeps an exact match on the Lumen SKU, the UPC or the manufacturer part number. A row is
``ok`` only when its code names exactly one product and its quantity is a positive multiple of that product's
sale multiple; unknown codes, ambiguous codes and wrong quantities are flagged BEFORE anything is added.
``valid_lines()`` is what "Add N lines" sends; ``show_refusals`` puts the service's per-line refusals on the rows.
No price column: the preview is about codes and quantities, for every user alike.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from ..api import ApiClient, ApiError, LineError, Product, ServiceUnreachable
from ..code_words import QT_TRANSLATE_NOOP, CodeWords
from ..formatting import Formatter
from ..ops import Op
from ..style import brush
from .cart_import_file import ListRow
from .keyed_table import RowTableModel

StatusRole = Qt.ItemDataRole.UserRole + 1
SEARCH_PAGE_SIZE = 25
MAX_QUANTITY = 1_000_000
PROBLEMS = frozenset({"unknown", "ambiguous", "bad_quantity", "not_multiple", "refused", "lookup_failed"})


@dataclass(frozen=True)
class PreviewRow:
    source: ListRow
    quantity: int | None
    status: str = "checking"  # checking, ok, unknown, ambiguous, bad_quantity, not_multiple, refused, lookup_failed
    product: Product | None = None
    message: str = ""  # the service's words for "refused" / "lookup_failed"


def _key(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def exact_matches(code: str, products: list[Product]) -> list[Product]:
    """The products whose SKU, UPC or MPN is ``code`` (ignoring case, spaces and dashes; UPC leading zeros)."""
    key = _key(code)
    found = []
    for product in products:
        upc = _key(product.upc)
        if key in (_key(product.sku), _key(product.mpn)) or (upc and key.lstrip("0") == upc.lstrip("0")):
            found.append(product)
    return found


class MaterialListModel(RowTableModel[PreviewRow]):
    RIGHT_ALIGNED_COLUMNS = frozenset({"line", "quantity"})
    sig_resolved = Signal()
    """Every code has been looked up (rows are ok or flagged)."""

    COLUMNS = ("line", "code", "quantity", "sku", "name", "status")
    COLUMN_TITLES = CodeWords(
        "MaterialListModel",
        {
            "line": QT_TRANSLATE_NOOP("MaterialListModel", "Row"),
            "code": QT_TRANSLATE_NOOP("MaterialListModel", "Code"),
            "quantity": QT_TRANSLATE_NOOP("MaterialListModel", "Quantity"),
            "sku": QT_TRANSLATE_NOOP("MaterialListModel", "SKU"),
            "name": QT_TRANSLATE_NOOP("MaterialListModel", "Product"),
            "status": QT_TRANSLATE_NOOP("MaterialListModel", "Check"),
        },
    )

    def __init__(self, rows: list[ListRow], formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent, columns=self.COLUMNS)
        self._formatter = formatter
        self._rows = [PreviewRow(row, row.quantity) for row in rows]
        self._waiting: set[str] = set()

    # --- looking the codes up -----------------------------------------------------------------------------------
    def resolve(self, client: ApiClient) -> None:
        codes = {_key(row.source.code): row.source.code for row in self._rows}
        self._waiting = set(codes)
        for key, code in codes.items():
            self._look_up(client, key, code)
        if not codes:
            self.sig_resolved.emit()

    def _look_up(self, client: ApiClient, key: str, code: str) -> None:
        Op(
            self,
            lambda: client.catalog.search(q=code, page_size=SEARCH_PAGE_SIZE).items,
            lambda products: self._found(key, exact_matches(code, products)),
        ).on_failure(lambda exc: self._lookup_failed(key, exc)).run()

    def _found(self, key: str, products: list[Product]) -> None:
        for index, row in enumerate(self._rows):
            if _key(row.source.code) == key:
                if not products:
                    self._rows[index] = replace(row, status="unknown")
                elif len(products) > 1:
                    self._rows[index] = replace(row, status="ambiguous")
                else:
                    self._rows[index] = _checked(replace(row, product=products[0]))
                self.redraw_row(index)
        self._done(key)

    def _lookup_failed(self, key: str, exc: Exception) -> None:
        if isinstance(exc, ServiceUnreachable):
            message = self.tr("The Lumen service can't be reached.")
        else:
            message = exc.message if isinstance(exc, ApiError) else str(exc)
        for index, row in enumerate(self._rows):
            if _key(row.source.code) == key:
                self._rows[index] = replace(row, status="lookup_failed", message=message)
                self.redraw_row(index)
        self._done(key)

    def _done(self, key: str) -> None:
        self._waiting.discard(key)
        if not self._waiting:
            self.sig_resolved.emit()

    @property
    def is_resolving(self) -> bool:
        return bool(self._waiting)

    # --- results ------------------------------------------------------------------------------------------------
    def rows(self) -> list[PreviewRow]:
        return list(self._rows)

    def valid_rows(self) -> list[int]:
        return [index for index, row in enumerate(self._rows) if row.status == "ok"]

    def valid_lines(self) -> list[dict[str, Any]]:
        """The ``{"sku", "quantity"}`` of the valid rows, in file order (what "Add N lines" sends)."""
        lines = []
        for index in self.valid_rows():
            row = self._rows[index]
            assert row.product is not None and row.quantity is not None
            lines.append({"sku": row.product.sku, "quantity": row.quantity})
        return lines

    def problem_count(self) -> int:
        return sum(1 for row in self._rows if row.status in PROBLEMS)

    def round_up_multiples(self) -> None:
        """Rounds every wrong-multiple quantity up to the product's next multiple."""
        for index, row in enumerate(self._rows):
            if row.status == "not_multiple" and row.product is not None and row.quantity:
                multiple = max(1, row.product.sale_multiple)
                rounded = -(-row.quantity // multiple) * multiple
                self._rows[index] = _checked(replace(row, quantity=rounded))
                self.redraw_row(index)

    def show_refusals(self, sent_rows: list[int], refusals: list[LineError]) -> None:
        """The service refused some of the lines sent (``sent_rows[i]`` is the row of line ``i``)."""
        for refusal in refusals:
            if 0 <= refusal.index < len(sent_rows):
                row_index = sent_rows[refusal.index]
                self._rows[row_index] = replace(self._rows[row_index], status="refused", message=refusal.message)
                self.redraw_row(row_index)

    # --- Qt model -----------------------------------------------------------------------------------------------
    def cell(self, row: int, key: str, role: int) -> Any:
        shown = self._rows[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(row, self.column_of(key))
        if role == StatusRole:
            return shown.status
        if role == Qt.ItemDataRole.BackgroundRole and shown.status in PROBLEMS:
            return brush("problem")
        return None

    def display(self, row: PreviewRow, column: str) -> str:
        f = self._formatter
        if column == "line":
            return str(row.source.line)
        if column == "code":
            return row.source.code
        if column == "quantity":
            return f.number(row.quantity) if row.quantity is not None else row.source.quantity_text
        if column == "sku":
            return row.product.sku if row.product else ""
        if column == "name":
            return row.product.name if row.product else ""
        return self.status_text(row)

    def status_text(self, row: PreviewRow) -> str:
        f = self._formatter
        if row.status == "checking":
            return self.tr("Checking…")
        if row.status == "ok":
            return self.tr("OK")
        if row.status == "unknown":
            return self.tr("Unknown code: no product has this SKU, UPC or part number")
        if row.status == "ambiguous":
            return self.tr("Several products have this code: use the Lumen SKU")
        if row.status == "bad_quantity":
            return self.tr("The quantity must be a whole number above zero")
        if row.status == "not_multiple" and row.product is not None:
            return self.tr("Sold in multiples of %1").replace("%1", f.number(row.product.sale_multiple))
        return row.message

    def set_formatter(self, formatter: Formatter) -> None:
        self._formatter = formatter
        self.redraw()


def _checked(row: PreviewRow) -> PreviewRow:
    """The row's status from its product and quantity."""
    product, quantity = row.product, row.quantity
    if product is None:
        return replace(row, status="unknown")
    if quantity is None or quantity <= 0 or quantity > MAX_QUANTITY:
        return replace(row, status="bad_quantity")
    if quantity % max(1, product.sale_multiple):
        return replace(row, status="not_multiple")
    return replace(row, status="ok", message="")
