"""``ProductDetailsPane``: the product chosen in the results, with its quantity entry and "Add to cart".

``show_product`` shows what the results row knows at once, then loads ``GET /products/{sku}`` (stock per branch,
description) and the image, if any, through ops; an answer for a product no longer shown is dropped. The price
row exists only for a user who may see prices. The quantity steps by the sale multiple; a quantity that is not
a multiple, or a refusal by the service, is explained right beside the entry, and the typed quantity stays.
With no product chosen (``clear``) the pane says "Select a product" instead of showing empty, greyed fields.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lumen_desktop import permissions

from ...api import Me, Product
from ...context import AppContext
from ...failures import show_error_beside
from ...i18n import Retranslating
from ...models.catalog_units import price_text, units_sentence
from ...ops import Op
from ...style import set_role
from ...widgets.field_error import FieldError
from ...widgets.tables import fit_columns
from ...widgets.value_rows import ValueRows
from .cart_adder import CartAdder
from .quantity import MultipleSpinBox

IMAGE_SIZE = 160


class ProductDetailsPane(Retranslating, QWidget):
    sig_added_to_cart = Signal(str, int)
    """The shown product was added to the cart (sku, quantity)."""

    def __init__(self, ctx: AppContext, adder: CartAdder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.adder = adder  # (owned by the page that shows this pane)
        self.product: Product | None = None
        self._serial = 0
        self.name = QLabel()
        self.name.setWordWrap(True)
        set_role(self.name, "heading")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = FieldError()  # why the details could not be loaded
        self.image = QLabel()
        self.image.setFixedSize(IMAGE_SIZE, IMAGE_SIZE)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.hide()
        self.form = QFormLayout()
        self.facts = ValueRows(self.form, ())
        self.brand, self.sku, self.mpn, self.upc = (self.facts.add(name) for name in ("brand", "sku", "mpn", "upc"))
        self.category, self.units, self.multiple = (self.facts.add(name) for name in ("category", "units", "multiple"))
        self.price: QLabel | None = None  # exists only for a user who may see prices
        self.description = QLabel()
        self.description.setWordWrap(True)
        for label in (self.name, self.description):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.stock_title = QLabel()
        self.stock = QTableWidget(0, 2)
        self.stock.verticalHeader().hide()
        fit_columns(self.stock, stretch_column=0, descriptive_characters=12)
        self.stock.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.stock.setMaximumHeight(150)
        self.quantity_label = QLabel()
        self.quantity = MultipleSpinBox()
        self.quantity_label.setBuddy(self.quantity)
        self.add_button = QPushButton()
        self.quantity_error = FieldError()
        self.quantity.valueChanged.connect(self._check_multiple)
        self.quantity.sig_enter_pressed.connect(self.add_to_cart)
        self.add_button.clicked.connect(self.add_to_cart)
        adder.sig_added.connect(self._added)
        adder.sig_refused.connect(self._refused)
        adder.sig_queued.connect(lambda _product, _quantity: self.add_button.setEnabled(True))
        self.empty_state = QLabel()
        self.empty_state.setObjectName("detailsEmptyState")
        self.empty_state.setWordWrap(True)
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content = QWidget()
        self._layout(QVBoxLayout(self.content))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty_state, 1)
        outer.addWidget(self.content, 1)
        self._apply_me(ctx.me)
        ctx.sig_me_changed.connect(self._apply_me)
        ctx.i18n.sig_language_changed.connect(self._on_language_changed)
        self.clear()
        self.retranslate()

    def _layout(self, layout: QVBoxLayout) -> None:
        top = QHBoxLayout()
        top.addLayout(self.form, 1)
        top.addWidget(self.image, 0, Qt.AlignmentFlag.AlignTop)
        order = QHBoxLayout()
        order.addWidget(self.quantity_label)
        order.addWidget(self.quantity)
        order.addWidget(self.add_button)
        order.addStretch(1)
        layout.addWidget(self.name)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addWidget(self.description)
        layout.addWidget(self.stock_title)
        layout.addWidget(self.stock)
        layout.addLayout(order)
        layout.addWidget(self.quantity_error)
        layout.addStretch(1)

    # --- showing a product ----------------------------------------------------------------------------------------
    def clear(self) -> None:
        """No product chosen: the empty state, and nothing "Add to cart" could add."""
        self.product = None
        self._serial += 1
        self.content.hide()
        self.empty_state.show()
        self.name.clear()
        self.facts.set_values({})  # the price too, when there is one
        self.description.clear()
        self.stock.setRowCount(0)
        self.image.hide()
        self.quantity_error.clear_message()
        self.notice.clear_message()

    def show_product(self, product: Product, category_name: str = "") -> None:
        """Shows ``product`` as listed, then its full details once they arrive."""
        same = self.product is not None and self.product.sku == product.sku
        self._fill(product, category_name)
        if not same:
            self.quantity.set_multiple(product.sale_multiple)
            self.quantity_error.clear_message()
            self.image.hide()
        self._load_details(product.sku, category_name)

    def reload(self) -> None:
        """Loads the shown product's details again (in the current language)."""
        if self.product is not None:
            self._load_details(self.product.sku, self.category.text())

    def _load_details(self, sku: str, category_name: str) -> None:
        self._serial += 1
        serial, client = self._serial, self._ctx.client
        Op(self, lambda: client.catalog.product(sku), lambda p: self._details(serial, p, category_name)).on_failure(
            lambda exc: self._details_failed(serial, exc)
        ).run()

    def _details_failed(self, serial: int, exc: Exception) -> None:
        if serial != self._serial:
            return
        # A refusal (e.g. unknown_product: withdrawn since it was listed) is said here; offline, the listed fields
        # stay shown and the connection banner says why; an expired session asks to sign in again.
        show_error_beside(self, exc, self.notice)

    def _details(self, serial: int, product: Product, category_name: str) -> None:
        if serial != self._serial:
            return
        self.notice.clear_message()
        self._fill(product, category_name)
        if product.image_url:
            client, url = self._ctx.client, product.image_url
            Op(self, lambda: client.catalog.image(url), lambda data: self._image(serial, data)).on_failure(
                lambda _exc: self.image.hide()
            ).run()  # no image is fine

    def _image(self, serial: int, data: bytes) -> None:
        pixmap = QPixmap()
        if serial != self._serial or not pixmap.loadFromData(data):
            return
        self.image.setPixmap(
            pixmap.scaled(
                IMAGE_SIZE, IMAGE_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        self.image.show()

    def _fill(self, product: Product, category_name: str) -> None:
        self.product = product
        self.empty_state.hide()
        self.content.show()
        formatter = self._ctx.formatter
        self.name.setText(product.name)
        self.brand.setText(product.brand)
        self.sku.setText(product.sku)
        self.mpn.setText(product.mpn)
        self.upc.setText(product.upc)
        self.category.setText(product.category_name or category_name)
        self.units.setText(units_sentence(product.uom, product.price_unit, formatter))
        self.multiple.setText(formatter.number(product.sale_multiple))
        if self.price is not None and product.price is not None:
            self.price.setText(price_text(product.price, product.price_unit, formatter))
        self.description.setText(product.description)
        self.stock.setRowCount(len(product.stock))
        for row, level in enumerate(product.stock):
            quantity = QTableWidgetItem(formatter.number(level.quantity))
            quantity.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.stock.setItem(row, 0, QTableWidgetItem(level.branch))
            self.stock.setItem(row, 1, quantity)
        self.stock_title.setVisible(bool(product.stock))
        self.stock.setVisible(bool(product.stock))

    # --- adding to the cart ---------------------------------------------------------------------------------------
    def add_to_cart(self) -> None:
        if self.product is None:
            return
        if not self.quantity.is_valid():
            self._check_multiple()
            self.quantity.setFocus()
            return
        self.quantity_error.clear_message()
        self.add_button.setEnabled(False)
        self.adder.add(self.product, self.quantity.value())

    def _check_multiple(self) -> None:
        if self.product is None or self.quantity.is_valid():
            self.quantity_error.clear_message()
        else:
            self.quantity_error.show_message(self._multiple_message())

    def _multiple_message(self) -> str:
        multiple = self.quantity.multiple
        return self.tr("This product is sold in multiples of %1.").replace("%1", self._ctx.formatter.number(multiple))

    def _added(self, product: Product, quantity: int) -> None:
        self.add_button.setEnabled(True)
        if self.product is not None and product.sku == self.product.sku:
            self.sig_added_to_cart.emit(product.sku, quantity)

    def _refused(self, product: Product, message: str) -> None:
        self.add_button.setEnabled(True)
        if self.product is not None and product.sku == self.product.sku:
            self.quantity_error.show_message(message)

    # --- user and language ----------------------------------------------------------------------------------------
    def _apply_me(self, me: Me | None) -> None:
        allowed = permissions.can_see_prices(me)
        if allowed and self.price is None:
            self.price = self.facts.add("price")
            self.retranslate()
        elif not allowed and self.price is not None:
            self.facts.remove("price")  # no price widget remains
            self.price = None

    def _on_language_changed(self, _language: str) -> None:
        self.reload()

    def retranslate(self) -> None:
        titles = {
            "brand": self.tr("Brand"),
            "sku": self.tr("SKU"),
            "mpn": self.tr("Manufacturer part number"),
            "upc": self.tr("UPC"),
            "category": self.tr("Category"),
            "units": self.tr("Unit"),
            "multiple": self.tr("Sale multiple"),
            "price": self.tr("Price"),
        }
        self.facts.set_captions(titles)
        self.empty_state.setText(self.tr("Select a product in the results to see its details and add it to the cart."))
        self.stock_title.setText(self.tr("Stock by branch"))
        self.stock.setHorizontalHeaderLabels([self.tr("Branch"), self.tr("Quantity")])
        self.quantity_label.setText(self.tr("&Quantity"))
        self.add_button.setText(self.tr("&Add to cart"))
        if self.product is not None:
            self.multiple.setText(self._ctx.formatter.number(self.product.sale_multiple))
            self.units.setText(units_sentence(self.product.uom, self.product.price_unit, self._ctx.formatter))
            if self.price is not None and self.product.price is not None:
                self.price.setText(price_text(self.product.price, self.product.price_unit, self._ctx.formatter))
            self._check_multiple()
