"""Order history, fetched a page at a time as the table scrolls (``canFetchMore``/``fetchMore`` over
``GET /orders?page=``), newest first as the service sends it.

Columns: number, date, status, placed by, requester (when the order came from an approval request), PO, job
name and — only for a user who may see prices — the total; for anyone else that column does not exist.
``sig_page_loaded`` fires after each page; ``reload()`` starts again from page 1 (after a new order, F5).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from lumen_desktop import permissions

from ..api import Order, Page, Person
from ..code_words import QT_TRANSLATE_NOOP, CodeWords
from ..context import AppContext
from ..ops import Op
from .keyed_table import Index, RowTableModel

ORDER_ROLE = Qt.ItemDataRole.UserRole
"""The row's ``api.Order`` (a list item: lines may be absent, fetch ``orders.get`` for details)."""


def person_name(person: Person | None) -> str:
    """A person named in an order, as shown: their full name, else their username ("" for nobody)."""
    return person.shown_name if person is not None else ""


STATUS_WORDS = CodeWords(
    "OrderStatus",
    {
        "placed": QT_TRANSLATE_NOOP("OrderStatus", "Placed"),
        "processing": QT_TRANSLATE_NOOP("OrderStatus", "Processing"),
        "shipped": QT_TRANSLATE_NOOP("OrderStatus", "Shipped"),
        "ready_for_pickup": QT_TRANSLATE_NOOP("OrderStatus", "Ready for pickup"),
        "delivered": QT_TRANSLATE_NOOP("OrderStatus", "Delivered"),
        "completed": QT_TRANSLATE_NOOP("OrderStatus", "Completed"),
        "cancelled": QT_TRANSLATE_NOOP("OrderStatus", "Cancelled"),
    },
)
FIELD_TITLES = CodeWords(
    "OrderHistoryModel",
    {
        "number": QT_TRANSLATE_NOOP("OrderHistoryModel", "Order"),
        "date": QT_TRANSLATE_NOOP("OrderHistoryModel", "Date"),
        "status": QT_TRANSLATE_NOOP("OrderHistoryModel", "Status"),
        "placed_by": QT_TRANSLATE_NOOP("OrderHistoryModel", "Placed by"),
        "requester": QT_TRANSLATE_NOOP("OrderHistoryModel", "Requested by"),
        "po_number": QT_TRANSLATE_NOOP("OrderHistoryModel", "PO number"),
        "job_name": QT_TRANSLATE_NOOP("OrderHistoryModel", "Job name"),
        "shipping": QT_TRANSLATE_NOOP("OrderHistoryModel", "Shipping"),
        "total": QT_TRANSLATE_NOOP("OrderHistoryModel", "Total"),
    },
)


status_text = STATUS_WORDS.text
"""An order status in the user's language (an unknown one as the service wrote it)."""
order_field_title = FIELD_TITLES.text
"""The title of an order's field, the same as the history's column and in the details' header."""


class OrderHistoryModel(RowTableModel[Order]):
    RIGHT_ALIGNED_COLUMNS = frozenset({"total"})
    COLUMN_TITLES = FIELD_TITLES
    sig_page_loaded = Signal(int)
    """A page was added (its page number); ``rowCount`` now includes it."""
    sig_load_failed = Signal(object)
    """A page could not be fetched (the exception); scrolling to the end tries again."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        me = ctx.me
        self.shows_prices = permissions.can_see_prices(me)
        self._columns = ["number", "date", "status", "placed_by", "requester", "po_number", "job_name"]
        if self.shows_prices:
            self._columns.append("total")
        self._pages_loaded = 0
        self._total: int | None = None
        self._fetching = False
        self._generation = 0  # a reload makes pages still in flight from before it irrelevant
        ctx.i18n.sig_language_changed.connect(self._on_language_changed)

    # --- lazy paging --------------------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or self._fetching:
            return False
        return self._total is None or len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        client, page, generation = self._ctx.client, self._pages_loaded + 1, self._generation
        Op(self, lambda: client.orders.list(page), lambda result: self._on_page(generation, result)).on_failure(
            lambda exc: self._on_failed(generation, exc)
        ).run()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows, self._pages_loaded, self._total, self._fetching = [], 0, None, False
        self.endResetModel()
        self.fetchMore()

    @property
    def is_fetching(self) -> bool:
        return self._fetching

    def _on_page(self, generation: int, page: Page[Order]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        known = {order.number for order in self._rows}
        fresh = [order for order in page.items if order.number not in known]  # a new order shifts the pages
        self._pages_loaded = page.page
        self._total = page.total if page.items else len(self._rows)
        if fresh:
            self.append_rows(fresh)
        elif len(self._rows) < (self._total or 0):
            self._total = len(self._rows)  # the service said there is more but sent nothing new: stop here
        self.sig_page_loaded.emit(page.page)

    def _on_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.sig_load_failed.emit(exc)

    # --- content ------------------------------------------------------------------------------------------------
    def order_at(self, row: int) -> Order:
        return self._rows[row]

    def orders(self) -> list[Order]:
        return list(self._rows)

    # --- Qt model -----------------------------------------------------------------------------------------------
    def cell(self, row: int, key: str, role: int) -> Any:
        order = self._rows[row]
        if role == Qt.ItemDataRole.ToolTipRole and key == "date":
            return self._ctx.formatter.datetime(order.placed_at)
        return order if role == ORDER_ROLE else None

    def display(self, order: Order, key: str) -> str:
        fmt = self._ctx.formatter
        if key == "number":
            return order.number
        if key == "date":
            return fmt.date(order.placed_at)
        if key == "status":
            return status_text(order.status)
        if key in ("placed_by", "requester"):
            return person_name(order.placed_by if key == "placed_by" else order.requester)
        if key == "total":
            return fmt.money(order.total)
        return str(getattr(order, key) or "")
