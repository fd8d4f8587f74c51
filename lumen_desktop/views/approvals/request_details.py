"""One of my requests as the requester sees it: status (order number, reason), approver, note, PO/job, what the
approver changed line by line (requested vs placed, added, removed) and the history. Read-only, and the same
for everyone: no price appears here (the changes table has quantities only). A rejected (or cancelled) request
offers **Copy to cart**: its lines go back into the cart (through the cart queue) to be fixed and sent again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lumen_desktop import permissions

from ...api import Approval
from ...context import AppContext
from ...failures import show_error_beside
from ...i18n import Retranslating
from ...models.approval_changes import ApprovalChangesModel
from ...models.approval_draft import LineState
from ...models.cart_session import CartSession
from ...ops import Op
from ...printing import PrintableDocument, PrintPdfButton
from ...widgets.field_error import FieldError
from ...widgets.line_tables import read_only_table
from ...widgets.named_button import named_button
from ...widgets.tables import fit_columns
from ..orders.documents import approval_document
from .comment_thread import CommentThreadView
from .history_box import RequestHistoryBox
from .request_header import RequestHeader


class RequestDetails(Retranslating, QWidget):
    sig_loaded = Signal(object)
    """The request arrived and is shown (api.Approval)."""
    sig_copied_to_cart = Signal(int)
    """The shown request's lines (how many) were put back into the cart."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._serial = 0
        self.approval: Approval | None = None
        self.header = RequestHeader(ctx, read_only_details=True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = FieldError()
        self.changes_model = ApprovalChangesModel(ctx.formatter, self)
        self.changes = read_only_table(self.changes_model)
        fit_columns(self.changes, stretch_column=self.changes_model.column_of("name"))
        self.history = RequestHistoryBox(ctx.formatter)
        self.changes_box = QGroupBox()
        QVBoxLayout(self.changes_box).addWidget(self.changes)
        self.comments = CommentThreadView(ctx)
        self.comments.sig_sent.connect(lambda _comment: self.show_request(self.approval.id if self.approval else None))
        self.print_button = PrintPdfButton(self.printable_document)
        self.print_button.setEnabled(False)
        self.copy_button = named_button("copyRequestToCart", self.copy_to_cart)
        self.copy_button.hide()
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.copy_button)
        summary_row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.message)
        layout.addLayout(summary_row)
        layout.addWidget(self.changes_box, 2)
        talk = QHBoxLayout()  # the history beside the conversation
        talk.addWidget(self.history, 1)
        talk.addWidget(self.comments, 1)
        layout.addLayout(talk, 1)
        ctx.i18n.sig_language_changed.connect(self._on_language_changed)
        self.retranslate()

    def retranslate(self) -> None:
        status = self.approval.status if self.approval is not None else ""
        if status == "approved":
            self.changes_box.setTitle(self.tr("Lines: requested and approved"))
        elif status == "rejected":
            self.changes_box.setTitle(self.tr("Lines as requested (rejected)"))
        else:
            self.changes_box.setTitle(self.tr("Lines as requested"))
        self.copy_button.setText(self.tr("Copy to &cart"))
        self.copy_button.setToolTip(self.tr("Put these lines back in your cart, to fix them and send them again"))
        self._update_summary()

    def copy_to_cart(self) -> None:
        """The request's lines are added to the cart (queued like any cart change, offline too)."""
        if self.approval is None or not self.approval.lines:
            return
        lines = [
            {
                "sku": line.sku,
                "quantity": line.quantity,
                "name": line.name,
                "uom": line.uom,
                "sale_multiple": line.sale_multiple,
            }
            for line in self.approval.lines
        ]
        CartSession.of(self._ctx).add_lines(lines)
        self.summary.setText(self.tr("%n line(s) copied to your cart.", "", len(lines)))
        self.sig_copied_to_cart.emit(len(lines))

    def show_request(self, approval_id: str | None) -> None:
        """Loads and shows a request (None: nothing)."""
        self._serial += 1
        if approval_id is None:
            self._show(None)
            return
        serial, client = self._serial, self._ctx.client
        Op(self, lambda: client.approvals.get(approval_id), lambda a: self._arrived(serial, a)).on_failure(
            lambda exc: self._failed(serial, exc)
        ).run()

    def _arrived(self, serial: int, approval: Approval) -> None:
        if serial == self._serial:  # the user may have picked another request meanwhile
            self._show(approval)
            self.sig_loaded.emit(approval)

    def _failed(self, serial: int, exc: Exception) -> None:
        if serial == self._serial:
            unreachable = self.tr("This request could not be loaded.")
            show_error_beside(self, exc, self.message, unreachable=unreachable)

    def _show(self, approval: Approval | None) -> None:
        self.approval = approval
        self.print_button.setEnabled(approval is not None)
        self.message.clear_message()
        self.header.set_approval(approval)
        self.comments.set_request(approval.id if approval is not None else None)
        self.changes_model.set_approval(approval)
        self.history.show_entries(approval.history if approval is not None else [])
        self.copy_button.setVisible(approval is not None and approval.status in ("rejected", "cancelled"))
        self.retranslate()

    def printable_document(self) -> PrintableDocument:
        """The request with what the approver placed; prices only for a user who may see them."""
        if self.approval is None:
            raise RuntimeError("no request shown")
        can_see_prices = permissions.can_see_prices(self._ctx.me)
        return approval_document(self.approval, self._ctx.formatter, can_see_prices)

    def _update_summary(self) -> None:
        model = self.changes_model
        kinds = [model.change(row).kind for row in range(model.rowCount())]
        changed = sum(kind is not LineState.UNCHANGED for kind in kinds)
        if self.approval is None:
            text = ""
        elif changed:
            text = self.tr("The approver changed %n line(s); they are highlighted below.", "", changed)
        elif self.approval.status == "pending":
            text = self.tr("Waiting for %1.").replace(
                "%1", self.approval.approver.full_name if self.approval.approver else ""
            )
        else:
            text = self.tr("No line was changed.")
        self.summary.setText(text)

    def _on_language_changed(self, _language: str) -> None:
        self.changes_model.set_formatter(self._ctx.formatter)
        self.history.set_formatter(self._ctx.formatter)
        if self.approval is not None:
            self.show_request(self.approval.id)  # product names come back in the new language
