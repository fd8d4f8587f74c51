"""The details pane of one order: header (date, status, who, PO, job, shipping), lines, totals when allowed,
**Reorder** (its lines back into the cart, reporting products no longer sold) and **Print / PDF…**.

For a user who may not see prices the totals block is never built and the lines have no price columns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ...api import Order
from ...api.cart import AddedToCart
from ...context import AppContext
from ...models.order_history_model import order_field_title, person_name, status_text
from ...ops import Op
from ...printing import PrintableDocument
from ...widgets.column_layout import Part, column_layout
from ...widgets.value_rows import ValueRows
from .documents import amount_rows, order_document, shipping_text
from .lines_pane import LinesPane

HEADER_FIELDS = ("date", "status", "placed_by", "requester", "po_number", "job_name", "shipping")


class OrderDetails(LinesPane):
    sig_reordered = Signal(int)
    """The order's lines went into the cart (how many were added)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, whole_rows=True, state_key="orders.lines", parent=parent)
        self.order: Order | None = None
        header = QFormLayout()
        self._header = ValueRows(header, HEADER_FIELDS)
        self.captions, self.fields = self._header.captions, self._header.values
        # The totals block exists only for a user who may see prices.
        self.totals: QFormLayout | None = QFormLayout() if self.shows_prices else None
        self.reorder_button = QPushButton()
        self.reorder_button.clicked.connect(self.reorder)
        self.status = QLabel()
        self.status.setWordWrap(True)
        ctx.i18n.sig_language_changed.connect(self._refetch_names)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.reorder_button)
        parts: list[Part] = [self.title, header, (self.table, 1)]
        if self.totals is not None:
            totals_row = QHBoxLayout()
            totals_row.addStretch(1)
            totals_row.addLayout(self.totals)
            parts.append(totals_row)
        # Before an order is chosen the pane says what to do, in the middle of where the order goes, instead of
        # captions with nothing beside them. The hidden order keeps its room: the splitter above gives the pane
        # the same share either way.
        self.content = QWidget()
        column_layout(self.content, *parts, buttons, flush=True)
        room = self.content.sizePolicy()
        room.setRetainSizeWhenHidden(True)
        self.content.setSizePolicy(room)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        pane = QWidget()
        overlaid = QGridLayout(pane)
        overlaid.setContentsMargins(0, 0, 0, 0)
        overlaid.addWidget(self.content, 0, 0)
        overlaid.addWidget(self.hint, 0, 0)
        column_layout(self, (pane, 1), self.status, self.message, flush=True)
        self.retranslate()
        self._update_state()

    def retranslate(self) -> None:
        self._header.set_captions({key: order_field_title(key) for key in HEADER_FIELDS})
        self.reorder_button.setText(self.tr("Reorder"))
        self.reorder_button.setToolTip(self.tr("Puts this order's lines into your cart"))
        self.hint.setText(self.tr("Select an order to see its details."))
        if self.order is not None:
            self._show(self.order)

    # --- showing ------------------------------------------------------------------------------------------------
    def show_order(self, summary: Order) -> None:
        """Shows ``summary`` at once, then its full details (lines, totals) when they arrive."""
        self.order = summary
        self._show(summary)
        self.status.clear()
        self.message.clear_message()
        client, number = self._ctx.client, summary.number
        Op(self, lambda: client.orders.get(number), self._on_details).on_failure(self._on_failed).run()

    def _refetch_names(self, _language: str) -> None:
        """Product names come back in the new language."""
        if self.order is not None:
            client, number = self._ctx.client, self.order.number
            Op(self, lambda: client.orders.get(number), self._on_details).on_failure(self._on_failed).run()

    def _on_details(self, order: Order) -> None:
        if self.order is not None and order.number == self.order.number:
            self._show(order)

    def _show(self, order: Order) -> None:
        self.order = order
        fmt = self._ctx.formatter
        self.title.setText(self.tr("Order %1").replace("%1", order.number))
        requester = person_name(order.requester)
        self._header.set_values(
            {
                "date": fmt.datetime(order.placed_at),
                "status": status_text(order.status),
                "placed_by": person_name(order.placed_by),
                "requester": requester,
                "po_number": order.po_number,
                "job_name": order.job_name,
                "shipping": shipping_text(order.shipping),
            }
        )
        # "Requested by" only means something for an order that came from an approval request.
        self._header.form.setRowVisible(HEADER_FIELDS.index("requester"), bool(requester))
        self.model.set_lines(order.lines)
        self._show_totals(order)
        self._update_state()

    def _show_totals(self, order: Order) -> None:
        if self.totals is None:
            return
        while self.totals.rowCount():
            self.totals.removeRow(0)
        if order.total is None or not order.lines:
            return
        for label, value in amount_rows(order.subtotal, order.taxes, order.total, self._ctx.formatter):
            amount = QLabel(value)
            amount.setObjectName("amount")
            self.totals.addRow(QLabel(label), amount)

    def printable_document(self) -> PrintableDocument:
        if self.order is None:
            raise RuntimeError("no order shown")
        return order_document(self.order, self._ctx.formatter, self.shows_prices)

    # --- reorder ------------------------------------------------------------------------------------------------
    def reorder(self) -> None:
        if self.order is None:
            return
        client, number = self._ctx.client, self.order.number
        self.reorder_button.setEnabled(False)
        self.status.clear()
        self.message.clear_message()
        Op(self, lambda: client.orders.reorder(number), self._on_reordered).on_failure(self._on_failed).run()

    def _on_reordered(self, result: AddedToCart) -> None:
        self._update_state()
        skipped = set(result.skipped)
        added = len([line for line in self.model.rows() if line.sku not in skipped])
        text = self.tr("%n line(s) added to the cart.", "", added)
        if result.skipped:
            text += " " + self.tr("Not added, no longer sold: %1.").replace("%1", ", ".join(result.skipped))
        self.status.setText(text)
        self.sig_reordered.emit(added)

    def _on_failed(self, exc: Exception) -> None:
        self._update_state()
        super()._on_failed(exc)

    def _update_state(self) -> None:
        has = self.order is not None
        self.content.setVisible(has)
        self.hint.setVisible(not has)
        self.reorder_button.setEnabled(has and self.model.rowCount() > 0)
        self.print_button.setEnabled(has)
