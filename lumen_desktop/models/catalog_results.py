"""``CatalogResultsModel``: the catalog search results, a page at a time, in the service's relevance order.

Columns: SKU, brand, name, unit, stock at my branch, and price ONLY for a user who may see prices — for anyone
else the column does not exist (``columnCount`` and the headers never include it). ``set_query`` asks for the
first page; ``canFetchMore``/``fetchMore`` ask for the next one through an ``Op`` (never two at once). Every
answer carries the serial of the query it belongs to, so an older query finishing last is dropped.

When the service is unreachable and a replica is given, the same query runs on the local catalog copy
(``store.catalog``) and ``offline`` is True until a query reaches the service again (reloaded automatically
when the connection comes back). Offline pages follow the replica's keyset (``next_key``), its count stops at
a cap (``total_capped``: "1,000+ results"), and each new query stops the replica's search still under way
(``begin_search``), so typing fast only computes the last text to the end. A language change reloads the same
query: names come back in that language.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from lumen_desktop import permissions

from ..api import Me, Page, Product, ServiceUnreachable
from ..code_words import QT_TRANSLATE_NOOP, CodeWords
from ..context import AppContext
from ..ops import Op
from ..store.catalog import CatalogReplica, ReplicaPage, SearchKey, SearchSuperseded
from .catalog_units import price_text, unit_short
from .keyed_table import Index, KeyedRowsModel

PAGE_SIZE = 50


class Column(Enum):
    SKU = "sku"
    BRAND = "brand"
    NAME = "name"
    UNIT = "unit"
    STOCK = "stock"
    PRICE = "price"


def columns_for(me: Me | None) -> list[Column]:
    """The columns this user sees: no price column at all without ``can_see_prices``."""
    columns = [Column.SKU, Column.BRAND, Column.NAME, Column.UNIT, Column.STOCK]
    if permissions.can_see_prices(me):
        columns.append(Column.PRICE)
    return columns


def stock_here(product: Product) -> int | None:
    """The stock at the customer's home branch (``stock_here`` of a listed product; None: not known)."""
    return product.stock_here.quantity if product.stock_here is not None else None


COLUMN_TITLES = CodeWords(
    "CatalogResultsModel",
    {
        "sku": QT_TRANSLATE_NOOP("CatalogResultsModel", "SKU"),
        "brand": QT_TRANSLATE_NOOP("CatalogResultsModel", "Brand"),
        "name": QT_TRANSLATE_NOOP("CatalogResultsModel", "Name"),
        "unit": QT_TRANSLATE_NOOP("CatalogResultsModel", "Unit"),
        "stock": QT_TRANSLATE_NOOP("CatalogResultsModel", "Stock"),
        "price": QT_TRANSLATE_NOOP("CatalogResultsModel", "Price"),
    },
)


class CatalogResultsModel(KeyedRowsModel[Column, Product]):
    RIGHT_ALIGNED_COLUMNS = frozenset({Column.STOCK, Column.PRICE})
    ProductRole = Qt.ItemDataRole.UserRole + 1
    SkuRole = Qt.ItemDataRole.UserRole + 2

    sig_loaded = Signal()
    """The first page of the current query arrived (rows replaced)."""
    sig_failed = Signal(str)
    """The current query failed; a message for the user."""

    def __init__(
        self,
        ctx: AppContext,
        replica: CatalogReplica | None = None,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent, columns=columns_for(ctx.me))
        self._ctx = ctx
        self._replica = replica
        self._page_size = page_size
        self._total = 0
        self._total_capped = False  # offline: more matches than ``total`` (the replica stops counting)
        self._next_key: SearchKey | None = None  # offline: where the next replica page starts
        self._page = 0
        self._query = ""
        self._category: str | None = None
        self._category_scope: list[str] | None = None
        self._serial = 0  # of the current query; answers of older serials are dropped
        self._loaded_serial = -1  # the serial the rows belong to
        self._loading = False
        self._offline = False
        ctx.sig_me_changed.connect(self._on_me_changed)
        ctx.i18n.sig_language_changed.connect(self._on_language_changed)
        ctx.connection.sig_online_changed.connect(self._on_online_changed)

    # --- state ----------------------------------------------------------------------------------------------------
    @property
    def query(self) -> str:
        """The text of the current query (the rows belong to it once ``is_loaded``)."""
        return self._query

    @property
    def category(self) -> str | None:
        return self._category

    @property
    def total(self) -> int:
        return self._total

    @property
    def total_capped(self) -> bool:
        """``total`` is a floor: there are more matches than that (offline only)."""
        return self._total_capped

    @property
    def offline(self) -> bool:
        """The rows come from this computer's copy of the catalog (the service was unreachable)."""
        return self._offline

    @property
    def is_loaded(self) -> bool:
        return self._loaded_serial == self._serial and not self._loading

    @property
    def is_loading(self) -> bool:
        return self._loading

    def product(self, row: int) -> Product:
        return self._rows[row]

    def row_of(self, sku: str) -> int | None:
        return next((row for row, product in enumerate(self._rows) if product.sku == sku), None)

    # --- queries --------------------------------------------------------------------------------------------------
    def set_query(self, query: str, category: str | None = None, category_scope: list[str] | None = None) -> None:
        """Asks for the first page of ``query`` in ``category``; ``category_scope`` (the category and the ones
        under it) is what the offline search filters on. The rows stay until the answer arrives."""
        self._query, self._category, self._category_scope = query.strip(), category, category_scope
        self.reload()

    def reload(self) -> None:
        """Asks again for the first page of the current query (a new serial: older answers are dropped)."""
        self._serial += 1
        self._fetch(1, offline=self._replica is not None and not self._ctx.connection.is_online)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or self._loading or self._loaded_serial != self._serial:
            return False
        if self._offline:
            return self._next_key is not None
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetch(self._page + 1, offline=self._offline)

    def _fetch(self, page: int, offline: bool) -> None:
        self._loading = True
        serial, q, category, size = self._serial, self._query, self._category, self._page_size
        if offline and self._replica is not None:
            replica, scope = self._replica, self._category_scope
            after = self._next_key if page > 1 else None
            ticket = replica.begin_search()
            Op(
                self,
                lambda: replica.search_page(q, scope, after, size, ticket),
                lambda found: self._arrived_here(serial, page, found),
            ).on_failure(lambda exc: self._failed(serial, page, exc, offline=True)).run(pool="store")
            return
        client = self._ctx.client
        Op(
            self, lambda: client.catalog.search(q, category, page, size), lambda p: self._arrived(serial, p, False)
        ).on_failure(lambda exc: self._failed(serial, page, exc, offline=False)).run()

    def _arrived_here(self, serial: int, page: int, found: ReplicaPage) -> None:
        """A page of the replica: its keyset and capped count, then shown like a page of the service."""
        if serial != self._serial:
            return
        self._next_key, self._total_capped = found.next_key, found.capped
        self._arrived(serial, Page(items=found.items, total=found.total, page=page, page_size=self._page_size), True)

    def _arrived(self, serial: int, page: Page[Product], offline: bool) -> None:
        if serial != self._serial:
            return  # an older query finished last: its answer is not what the user typed now
        self._loading = False
        if not offline:
            self._total_capped, self._next_key = False, None
        self._total = page.total
        if page.page <= 1 or self._loaded_serial != serial:
            self._page, self._offline, self._loaded_serial = 1, offline, serial
            self.set_rows(page.items)
            self.sig_loaded.emit()
            return
        known = {product.sku for product in self._rows}
        fresh = [product for product in page.items if product.sku not in known]
        self._page = page.page
        self.append_rows(fresh)
        if not fresh and (len(self._rows) < self._total or self._next_key is not None):
            self._total = len(self._rows)  # a page brought nothing new (the catalog changed): stop asking
            self._next_key, self._total_capped = None, False

    def _failed(self, serial: int, page: int, exc: Exception, offline: bool) -> None:
        if serial != self._serial or isinstance(exc, SearchSuperseded):
            return  # a newer query is under way: it answers instead
        if isinstance(exc, ServiceUnreachable) and not offline and self._replica is not None and page == 1:
            self._fetch(1, offline=True)
            return
        self._loading = False
        if isinstance(exc, ServiceUnreachable):
            message = self.tr("The Lumen service can't be reached, and this computer has no copy of the catalog yet.")
        else:
            message = getattr(exc, "message", "") or self.tr("The search failed. Please try again.")
        self.sig_failed.emit(message)

    def _on_language_changed(self, _language: str) -> None:
        self.redraw()
        self.reload()

    def _on_online_changed(self, online: bool) -> None:
        if online and self._offline:
            self.reload()

    def _on_me_changed(self, me: Me | None) -> None:
        self._forget_all_texts()
        columns = columns_for(me)
        if columns != self._columns:
            self.beginResetModel()
            self._columns = columns
            self.endResetModel()

    # --- Qt model -------------------------------------------------------------------------------------------------
    def column_title(self, key: Column) -> str:
        return COLUMN_TITLES.text(key.value)

    def column_tip(self, key: Column) -> str:
        return self.tr("Stock at my branch") if key == Column.STOCK else ""

    def cell(self, row: int, key: Column, role: int) -> object:
        product = self._rows[row]
        if role == self.ProductRole:
            return product
        if role == self.SkuRole:
            return product.sku
        if role == Qt.ItemDataRole.ToolTipRole and key == Column.NAME:
            return product.name
        return None

    def display(self, product: Product, column: Column) -> str:
        formatter = self._ctx.formatter
        if column == Column.SKU:
            return product.sku
        if column == Column.BRAND:
            return product.brand
        if column == Column.NAME:
            return product.name
        if column == Column.UNIT:
            return unit_short(product.uom)
        if column == Column.STOCK:
            quantity = stock_here(product)
            return "" if quantity is None else formatter.number(quantity)
        if product.price is None:
            return ""
        return price_text(product.price, product.price_unit, formatter)
