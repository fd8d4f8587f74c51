"""The catalog search inside the request editor: type, pick a product, choose a quantity, Add.

The results are the catalog's own ``CatalogResultsModel`` (same columns and rules: no price column for a user
who may not see prices, the next page fetched as the list scrolls). The quantity steps by the chosen product's
sale multiple; a quantity that is not a multiple is refused beside the entry. Emits ``sig_add``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...api import Product
from ...context import AppContext
from ...i18n import Retranslating
from ...models.catalog_results import CatalogResultsModel, Column
from ...widgets.field_error import FieldError
from ...widgets.tables import ListTable
from ..catalog.quantity import MultipleSpinBox

DEBOUNCE_MS = 250
PAGE_SIZE = 20


class ProductPicker(Retranslating, QWidget):
    sig_add = Signal(object, int)
    """Add this product (api.Product) with this quantity to the request."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.results_model = CatalogResultsModel(ctx, page_size=PAGE_SIZE, parent=self)
        self.results = ListTable(
            self.results_model,
            stretch_column=self.results_model.column_of(Column.NAME),
            state_key="approvals.picker",
            settings=ctx.settings,
        )
        self.quantity_label = QLabel()
        self.quantity = MultipleSpinBox()
        self.quantity_label.setBuddy(self.quantity)
        self.add_button = QPushButton()
        self.add_button.setEnabled(False)
        self.quantity_error = FieldError()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._search_now)
        self.search.textChanged.connect(lambda _text: self.debounce.start())
        self.search.returnPressed.connect(self._search_now)
        self.results.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.results.doubleClicked.connect(lambda _index: self.add_current())
        self.results_model.sig_loaded.connect(self._select_first)
        self.quantity.sig_enter_pressed.connect(self.add_current)
        self.add_button.clicked.connect(self.add_current)
        row = QHBoxLayout()
        row.addWidget(self.quantity_label)
        row.addWidget(self.quantity)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(row)
        layout.addWidget(self.quantity_error)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the catalog to add a line: name, brand, SKU, UPC…"))
        self.quantity_label.setText(self.tr("&Quantity"))
        self.add_button.setText(self.tr("&Add to the request"))

    def current_product(self) -> Product | None:
        index = self.results.currentIndex()
        return self.results_model.product(index.row()) if index.isValid() else None

    def _search_now(self) -> None:
        self.debounce.stop()
        text = self.search.text().strip()
        if text:
            self.results_model.set_query(text)

    def _select_first(self) -> None:
        if self.results_model.rowCount() and not self.results.currentIndex().isValid():
            self.results.setCurrentIndex(self.results_model.index(0, self.results_model.column_of(Column.NAME)))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        product = self.results_model.product(current.row()) if current.isValid() else None
        self.add_button.setEnabled(product is not None)
        self.quantity_error.clear_message()
        if product is not None:
            self.quantity.set_multiple(product.sale_multiple)

    def add_current(self) -> None:
        product = self.current_product()
        if product is None:
            return
        if not self.quantity.is_valid():
            self.quantity_error.show_message(
                self.tr("%1 is sold in multiples of %2.")
                .replace("%1", product.sku)
                .replace("%2", self._ctx.formatter.number(product.sale_multiple))
            )
            return
        self.quantity_error.clear_message()
        self.sig_add.emit(product, self.quantity.value())
