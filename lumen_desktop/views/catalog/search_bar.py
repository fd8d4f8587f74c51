"""``SearchBar``: the catalog's search-as-you-type box, with the quantity a barcode scan adds.

Each keystroke restarts a single-shot ``DEBOUNCE_MS`` timer; when it fires, ``sig_search`` asks for the text.
Enter stops the timer and emits ``sig_enter`` at once: the view searches now and opens the product that is exactly
that UPC or SKU — never buys it (a barcode scanner's Enter is taken by ``scanner.BarcodeScanner`` before it gets
here). The scan quantity is 0 ("auto": the product's sale multiple) by default.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from ...i18n import Retranslating
from .quantity import MAX_QUANTITY

DEBOUNCE_MS = 250


# What a spin box needs besides its text: frame, padding and the up/down arrows.
SPIN_BOX_CHROME = 44


class SearchBar(Retranslating, QWidget):
    sig_search = Signal(str)
    """The user paused typing: search for this text."""
    sig_enter = Signal(str)
    """Enter was typed: search now and open an exact match."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.scan_label = QLabel()
        self.scan_quantity = QSpinBox()
        self.scan_quantity.setRange(0, MAX_QUANTITY)
        self.scan_label.setBuddy(self.scan_quantity)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(lambda: self.sig_search.emit(self.text()))
        self.edit.textChanged.connect(lambda _text: self.debounce.start())
        self.edit.returnPressed.connect(self._enter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.scan_label)
        layout.addWidget(self.scan_quantity)
        self.retranslate()

    def text(self) -> str:
        return self.edit.text().strip()

    def focus(self) -> None:
        """Ctrl+F: focus the box with its text selected, so typing replaces it."""
        self.edit.setFocus()
        self.edit.selectAll()

    def _enter(self) -> None:
        self.debounce.stop()
        self.sig_enter.emit(self.text())

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Search by name, brand, SKU, MPN or UPC (Ctrl+F)"))
        self.scan_label.setText(self.tr("Scan &quantity"))
        self.scan_quantity.setSpecialValueText(self.tr("Sale multiple"))
        # Qt keeps the size it measured for the first language: make room for this one's words.
        words = self.scan_quantity.fontMetrics().horizontalAdvance(self.scan_quantity.specialValueText())
        self.scan_quantity.setMinimumWidth(words + SPIN_BOX_CHROME)
        self.scan_quantity.setToolTip(
            self.tr(
                "The quantity added when a scanned code (UPC or SKU) is followed by Enter; "
                '"Sale multiple" adds one sale multiple of the product.'
            )
        )
