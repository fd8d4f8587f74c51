"""The "Orders" section: the order history (fetched a page at a time as the user scrolls) above the details of
the selected order (lines, totals when allowed, Reorder, Print / PDF…). F5 reloads from the first page.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...context import AppContext
from ...failures import show_error_beside
from ...i18n import Retranslating
from ...models.order_history_model import OrderHistoryModel
from ...style import set_role
from ...widgets.field_error import FieldError
from ...widgets.tables import ListTable
from .order_details import OrderDetails


class OrdersView(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, details: OrderDetails | None = None) -> None:
        """``details``: the order pane, built ahead (``sections`` builds the page in parts)."""
        super().__init__(parent)
        self._ctx = ctx
        self.model = OrderHistoryModel(ctx, self)
        self.model.sig_page_loaded.connect(lambda _page: self._update_empty_state())
        self.model.sig_load_failed.connect(self._on_load_failed)
        self.title = QLabel()
        set_role(self.title, "title")
        self.table = ListTable(
            self.model, stretch_column=self.model.column_of("job_name"), state_key="orders", settings=ctx.settings
        )
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Wrapped: on one line its French text needs ~800 px, and the window's stack is as wide as its widest page.
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.message = FieldError()
        self.details = details if details is not None else OrderDetails(ctx)
        self.details.sig_reordered.connect(lambda _count: ctx.sig_cart_changed.emit())
        ctx.sig_orders_changed.connect(self.refresh)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty_label)
        top_layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.model.reload()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Orders"))
        self.empty_label.setText(
            self.tr("No orders yet. Orders you place, or that are placed from your requests, appear here.")
        )

    def refresh(self) -> None:
        """F5: the history again from its first page (the selected order's details too)."""
        self.message.clear_message()
        self.model.reload()
        if self.details.order is not None:
            self.details.show_order(self.details.order)

    def select_order(self, number: str) -> None:
        for row, order in enumerate(self.model.orders()):
            if order.number == number:
                self.table.selectRow(row)
                return

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.details.show_order(self.model.order_at(rows[0].row()))

    def _update_empty_state(self) -> None:
        self.message.clear_message()
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def _on_load_failed(self, exc: Exception) -> None:
        show_error_beside(self, exc, self.message)
