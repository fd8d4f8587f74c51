"""``CatalogView``: the Catalog section — category tree, search box, results, product details.

Searching: the search bar's debounced text (or a click in the tree) sets the results model's query; the rows
are replaced when the answer arrives, and the selected product stays selected when it is still listed (a
language change refetches everything in the new language and keeps the query and the selection); the details
pane follows the selection and shows an empty state when nothing is selected, never a product that is no longer
listed. Enter typed by a person searches now, and opens the product when one is exactly that UPC or SKU (or the
only result): looking is not buying. A barcode scanner's Enter never reaches here — the main window's
``scanner.BarcodeScanner`` adds scans to the cart from any section.
While the service is unreachable the results come from the local replica, and the view says so. Under the
results, the number of matches ("1,000+ results" when the replica stopped counting); during the replica's
first sync, a progress bar with the count of products downloaded.

Other views learn about additions through ``sig_added_to_cart`` or, without a reference to this view,
``ctx.sig_cart_changed``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QSplitter, QTreeView, QVBoxLayout, QWidget

from ...api import Product
from ...context import AppContext
from ...i18n import Retranslating
from ...models.catalog_categories import CategoryTreeModel
from ...models.catalog_results import CatalogResultsModel, Column
from ...models.catalog_sync import CatalogSync, replica_for
from ...ops import Op
from ...store.catalog import CatalogReplica
from ...style import PAGE_MARGIN, set_role
from ...widgets.tables import ListTable
from .cart_adder import CartAdder
from .details import ProductDetailsPane
from .empty_results import EmptyResults
from .scan_to_cart import exact_match
from .search_bar import SearchBar

# (narrowest, widest) first width of the category tree and of the product pane, in pixels.
TREE_WIDTHS = (150, 240)
DETAILS_WIDTHS = (260, 420)


class CatalogView(Retranslating, QWidget):
    sig_added_to_cart = Signal(str, int)
    """A product was added to the cart from this view (sku, quantity)."""

    def __init__(
        self,
        ctx: AppContext,
        replica: CatalogReplica | None = None,
        parent: QWidget | None = None,
        *,
        details: ProductDetailsPane | None = None,
    ) -> None:
        """``details``: the product pane, built ahead (``sections`` builds the page in parts), with its adder."""
        super().__init__(parent)
        self._ctx = ctx
        self._selected_sku: str | None = None
        self._category: tuple[str | None, list[str] | None] = (None, None)  # (id, scope) chosen in the tree
        self._status_text: Callable[[], str] | None = None
        self._sized = False  # the panes get their first widths when the page is first shown
        self._open_pending: str | None = None  # Enter was pressed on this text: open its product once listed
        self.replica = replica if replica is not None else replica_for(ctx)
        self.sync = CatalogSync(ctx, self.replica, self)
        self.adder = details.adder if details is not None else CartAdder(ctx)
        self.adder.setParent(self)
        self.categories = CategoryTreeModel(ctx, self.replica, self)
        self.results = CatalogResultsModel(ctx, self.replica, parent=self)
        self.search = SearchBar()
        self.tree = QTreeView()
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.categories)
        self.tree.setExpanded(self.categories.root.index(), True)
        self.table = ListTable(
            self.results,
            stretch_column=self.results.column_of(Column.NAME),
            state_key="catalog.results",
            settings=ctx.settings,
        )
        self.details = details if details is not None else ProductDetailsPane(ctx, self.adder)
        self.empty_results = EmptyResults(self.table.viewport())
        self.offline_note = QLabel()
        set_role(self.offline_note, "notice")
        self.offline_note.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.count = QLabel()
        self.sync_progress = QProgressBar()
        self.sync_progress.setTextVisible(True)
        self.sync_progress.hide()
        self._sync_counts = (0, 0)  # (written, expected) of the first sync under way
        self._build_layout()
        self._connect()
        self.retranslate()
        self.categories.load()
        self.results.set_query("")
        if ctx.me is not None:
            self.sync.start()

    def _build_layout(self) -> None:
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.offline_note)
        column.addWidget(self.table, 1)
        column.addWidget(self.count)
        column.addWidget(self.sync_progress)
        column.addWidget(self.status)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(middle)
        splitter.addWidget(self.details)
        # The results take what the window gains; the tree and the product keep the width they were given.
        for pane, stretch in enumerate((0, 1, 0)):
            splitter.setStretchFactor(pane, stretch)
        splitter.setChildrenCollapsible(False)
        self.tree.setMinimumWidth(TREE_WIDTHS[0])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.addWidget(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:
            self._sized = True
            self._size_panes(self.width())
        super().showEvent(event)

    def _size_panes(self, width: int) -> None:
        """The first time the page is shown: the tree and the product pane in proportion, the results the rest."""
        tree = min(max(int(width * 0.16), TREE_WIDTHS[0]), TREE_WIDTHS[1])
        narrowest = max(DETAILS_WIDTHS[0], self.details.minimumSizeHint().width())
        details = min(max(int(width * 0.27), narrowest), DETAILS_WIDTHS[1])
        self.splitter.setSizes([tree, max(width - tree - details, 1), details])

    def _connect(self) -> None:
        self.search.sig_search.connect(self._search)
        self.search.sig_enter.connect(self._enter)
        self.tree.selectionModel().currentChanged.connect(self._category_chosen)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.results.sig_loaded.connect(self._results_loaded)
        self.results.sig_failed.connect(self._search_failed)
        self.categories.sig_loaded.connect(self._categories_loaded)
        self.sync.sig_progress.connect(self._sync_progressed)
        self.sync.sig_synced.connect(lambda _count: self.sync_progress.hide())
        self.sync.sig_failed.connect(lambda _message: self.sync_progress.hide())
        self.adder.sig_added.connect(self._added)
        self.adder.sig_refused.connect(self._refused)
        self.adder.sig_queued.connect(self._queued)
        self.details.sig_added_to_cart.connect(lambda _sku, _quantity: self.details.quantity.setFocus())
        self._ctx.sig_me_changed.connect(self._on_me_changed)

    # --- what the main window calls -------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.focus()

    def refresh(self) -> None:
        """F5: the categories, the results and the shown product again, and a catalog sync."""
        self.categories.load()
        self.results.reload()
        self.details.reload()
        self.sync.sync_now()

    # --- searching ------------------------------------------------------------------------------------------------
    def _category_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.categories.is_rebuilding:
            return  # the tree is being replaced (language change): the user's choice is restored after
        chosen = CategoryTreeModel.category_of(current)
        if chosen[0] != self._category[0]:
            self._category = chosen
            self._search()

    def _categories_loaded(self) -> None:
        self.tree.setExpanded(self.categories.root.index(), True)
        index = self.categories.index_of(self._category[0])
        if not index.isValid():
            index = self.categories.root.index()
        self.tree.selectionModel().blockSignals(True)
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().blockSignals(False)
        self.tree.scrollTo(index)

    def _search(self, _text: str | None = None) -> None:
        category, scope = self._category
        self.status.clear()
        self._status_text = None
        self.results.set_query(self.search.text(), category, scope)

    def _enter(self, text: str) -> None:
        self._open_pending = text
        if self.results.query == text and self.results.is_loaded:
            self._open_entered()
        else:
            self._search()

    def _results_loaded(self) -> None:
        self.offline_note.setVisible(self.results.offline)
        self._show_count()
        if self.results.total == 0:
            category = self._category_name(self._category[0]) if self._category[0] else ""
            self.empty_results.show_for(self.results.query, category, self.results.offline)
        else:
            self.empty_results.hide_message()
        row = self.results.row_of(self._selected_sku) if self._selected_sku else None
        if row is not None:
            self._select_row(row)
        else:  # the product shown is no longer listed: the pane must not keep it (nor add it)
            self._selected_sku = None
            self.details.clear()
        if self._open_pending is not None and self._open_pending == self.results.query:
            self._open_entered()

    def _open_entered(self) -> None:
        """Enter on a search: the product that is exactly this code, or the only result, is opened."""
        text, self._open_pending = self._open_pending or "", None
        products = self._loaded_products()
        product = exact_match(products, text) if text else None
        if product is None and len(products) == 1:
            product = products[0]
        row = self.results.row_of(product.sku) if product is not None else None
        if row is None:
            return  # Enter only searched
        self._select_row(row)
        self.details.quantity.setFocus()

    def _select_row(self, row: int) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.results.index(row, 0), flags)

    def _loaded_products(self) -> list[Product]:
        return [self.results.product(row) for row in range(self.results.rowCount())]

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return  # the rows are being replaced: ``_results_loaded`` decides what stays shown
        product = self.results.product(current.row())
        self._selected_sku = product.sku
        self.details.show_product(product, self._category_name(product.category))

    def _category_name(self, category_id: str) -> str:
        index = self.categories.index_of(category_id) if category_id else QModelIndex()
        return str(index.data()) if index.isValid() else ""

    # --- cart -----------------------------------------------------------------------------------------------------
    def _added(self, product: Product, quantity: int) -> None:
        self._say_quantity(lambda: self.tr("Added %1 × %2 to the cart"), quantity, product)
        self.sig_added_to_cart.emit(product.sku, quantity)

    def _refused(self, product: Product, message: str) -> None:
        if self.details.product is not None and self.details.product.sku == product.sku:
            self._say(lambda: "")  # said once, beside the quantity
            return
        self._say(lambda: self.tr("%1 was not added: %2").replace("%1", product.name).replace("%2", message))

    def _show_count(self) -> None:
        total = self.results.total
        capped = self.results.total_capped
        text = self.tr("%n+ result(s)", "", total) if capped else self.tr("%n result(s)", "", total)
        self.count.setText(text.replace(str(total), self._ctx.formatter.number(total), 1))

    def _sync_progressed(self, written: int, expected: int) -> None:
        self._sync_counts = (written, expected)
        self.sync_progress.setRange(0, max(expected, 0))  # (0, 0): busy, the size is not known yet
        self.sync_progress.setValue(min(written, expected) if expected else 0)
        self.sync_progress.setFormat(self._sync_text())
        self.sync_progress.show()

    def _sync_text(self) -> str:
        written, expected = (self._ctx.formatter.number(n) for n in self._sync_counts)
        if self._sync_counts[1] <= 0:
            return self.tr("Downloading the catalogue: %1").replace("%1", written)
        return self.tr("Downloading the catalogue: %1 of %2").replace("%1", written).replace("%2", expected)

    def _search_failed(self, message: str) -> None:
        self._say(lambda: message)  # the model's words, already in the language of the search

    def _say(self, text: Callable[[], str]) -> None:
        """The status line under the results; ``text`` makes it again in the new language on a switch."""
        self._status_text = text
        self.status.setText(text())

    def _say_quantity(self, text: Callable[[], str], quantity: int, product: Product) -> None:
        """The status line about ``quantity`` × ``product``: ``text`` has %1 for the quantity, %2 for the name."""
        self._say(lambda: text().replace("%1", self._ctx.formatter.number(quantity)).replace("%2", product.name))

    def _queued(self, product: Product, quantity: int) -> None:
        self._say_quantity(
            lambda: self.tr(
                "Offline: %1 × %2 will be added to the cart when the service is back (pending in the Cart)."
            ),
            quantity,
            product,
        )

    # --- language -------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self._status_text is not None and self.status.text():
            self.status.setText(self._status_text())
        self.offline_note.setText(self.tr("Offline — results from this computer's copy of the catalog"))
        if self.results.is_loaded:
            self._show_count()
        self.sync_progress.setFormat(self._sync_text())
        self.search.edit.setAccessibleName(self.tr("Search the catalog"))
        self.table.setAccessibleName(self.tr("Search results"))
        self.tree.setAccessibleName(self.tr("Categories"))

    def _on_me_changed(self, me: object) -> None:
        if me is not None:
            self.sync.start()
            return
        self.sync.stop()  # signed out: the replica file is closed after the writes already queued
        replica = self.replica
        Op(None, replica.close).run(pool="store")
