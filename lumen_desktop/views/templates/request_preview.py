"""A pending approval request listed among the approver's order templates, shown read-only: who sent it and when,
the requester's note, its lines, totals when allowed, Print / PDF…, and **Review…**, which asks (``sig_review``)
for the approvals editor, where the request is changed, placed or rejected.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...api import Approval
from ...context import AppContext
from ...ops import Op
from ...printing import PrintableDocument
from ..orders.documents import approval_document
from ..orders.lines_pane import LinesPane


class RequestPreview(LinesPane):
    sig_review = Signal(str)
    """The approver wants to review (change, place or reject) the request with this id."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, whole_rows=False, parent=parent)
        self.approval: Approval | None = None
        self.sent = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.total = QLabel() if self.shows_prices else None
        self.print_button.setEnabled(False)
        self.review_button = QPushButton()
        self.review_button.setEnabled(False)
        self.review_button.clicked.connect(self._review)
        ctx.i18n.sig_language_changed.connect(self._refetch_names)
        bottom = QHBoxLayout()
        if self.total is not None:
            bottom.addWidget(self.total)
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.sent, self.note, self.hint):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr("This order waits for your approval. Review it to change the lines, then place it or reject it.")
        )
        self.review_button.setText(self.tr("Review…"))
        if self.approval is not None:
            self._show(self.approval)

    def show_request(self, approval_id: str, title: str) -> None:
        """Shows ``title`` at once, then the request's lines when they arrive."""
        self.approval = None
        self.title.setText(title)
        for label in (self.sent, self.note):
            label.clear()
        if self.total is not None:
            self.total.clear()
        self.model.set_lines([])
        self.message.clear_message()
        self.print_button.setEnabled(False)
        self.review_button.setEnabled(False)
        client = self._ctx.client
        Op(self, lambda: client.approvals.get(approval_id), self._show).on_failure(self._on_failed).run()

    def _show(self, approval: Approval) -> None:
        self.approval = approval
        fmt = self._ctx.formatter
        requester = approval.requester.full_name if approval.requester else ""
        self.title.setText(self.tr("Pending request from %1").replace("%1", requester))
        self.sent.setText(self.tr("Sent %1").replace("%1", fmt.datetime(approval.created_at)))
        self.note.setText(self.tr("Note: %1").replace("%1", approval.note) if approval.note else "")
        self.note.setVisible(bool(approval.note))
        self.model.set_lines(approval.lines)
        if self.total is not None and approval.total is not None:
            self.total.setText(self.tr("Total: %1").replace("%1", fmt.money(approval.total)))
        self.print_button.setEnabled(True)
        self.review_button.setEnabled(approval.status == "pending")

    def _refetch_names(self, _language: str) -> None:
        """Product names come back in the new language."""
        if self.approval is not None:
            client, approval_id = self._ctx.client, self.approval.id
            Op(self, lambda: client.approvals.get(approval_id), self._show).on_failure(self._on_failed).run()

    def _review(self) -> None:
        if self.approval is not None:
            self.sig_review.emit(self.approval.id)

    def printable_document(self) -> PrintableDocument:
        if self.approval is None:
            raise RuntimeError("no request shown")
        return approval_document(self.approval, self._ctx.formatter, self.shows_prices)
