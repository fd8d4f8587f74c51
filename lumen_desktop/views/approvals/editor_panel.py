"""The widgets of the request editor, laid out: header, outcome and message, lines (with Remove and, only for a
user who may see prices, the totals), the catalog search to add lines, the history, PO number and job name, and
the action buttons. ``RequestEditor`` drives it; this panel only shows state.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lumen_desktop import permissions

from ...api import Approval
from ...context import AppContext
from ...i18n import Retranslating
from ...models.approval_draft import ApprovalDraft
from ...models.approval_lines import ApprovalLinesModel
from ...printing import PrintableDocument, PrintPdfButton
from ...style import set_role
from ...widgets.column_layout import column_layout
from ...widgets.field_error import FieldError
from ...widgets.form_rows import add_field_row
from ..orders.documents import approval_document
from .comment_thread import CommentThreadView
from .history_box import RequestHistoryBox
from .lines_table import LinesTable
from .product_picker import ProductPicker
from .request_header import RequestHeader


class EditorPanel(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._can_see_prices = permissions.can_see_prices(ctx.me)
        self._editing = False
        self.header = RequestHeader(ctx, read_only_details=False)
        self.outcome = QLabel()
        set_role(self.outcome, "success")
        self.outcome.hide()
        self._outcome_text: Callable[[], str] | None = None
        self.message = FieldError()
        empty = ApprovalDraft.of(Approval.blank())
        self.lines_model = ApprovalLinesModel(empty, ctx.formatter, self._can_see_prices, editable=False, parent=self)
        self.lines = LinesTable(self.lines_model)
        self.remove_button = QPushButton()
        self.totals = QLabel() if self._can_see_prices else None  # absent, not hidden, for a no-price user
        self.picker = ProductPicker(ctx)
        self.comments = CommentThreadView(ctx)
        self.history = RequestHistoryBox(ctx.formatter)
        self.po_number, self.job_name = QLineEdit(), QLineEdit()
        self.po_number.setMaxLength(40)
        self.job_name.setMaxLength(80)
        self.po_error, self.job_error = FieldError(), FieldError()
        self.save_button, self.approve_button = QPushButton(), QPushButton()
        self.reject_button, self.close_button = QPushButton(), QPushButton()
        self._approval: Approval | None = None
        self.print_button = PrintPdfButton(self.printable_document)
        self.print_button.setEnabled(False)
        self.approve_button.setDefault(False)
        self.lines.selectionModel().currentRowChanged.connect(lambda *_: self._update_remove_button())
        self.lines_model.sig_edited.connect(self._update_remove_button)
        self.lines_model.sig_edited.connect(self.message.clear_message)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.lines_box, self.add_box = QGroupBox(), QGroupBox()
        lines_row = QHBoxLayout()
        lines_row.addWidget(self.remove_button)
        lines_row.addStretch(1)
        if self.totals is not None:
            lines_row.addWidget(self.totals)
        lines_layout = QVBoxLayout(self.lines_box)
        lines_layout.addWidget(self.lines, 1)
        lines_layout.addLayout(lines_row)
        QVBoxLayout(self.add_box).addWidget(self.picker)
        talk = QSplitter(Qt.Orientation.Horizontal)  # the history beside the conversation
        talk.addWidget(self.history)
        talk.addWidget(self.comments)
        talk.setStretchFactor(0, 3)  # the history's dates and names need more room than the conversation
        talk.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for box, stretch in ((self.lines_box, 3), (self.add_box, 2), (talk, 2)):
            splitter.addWidget(box)
            splitter.setStretchFactor(splitter.indexOf(box), stretch)
        self.po_label, self.job_label = QLabel(), QLabel()
        self.po_label.setBuddy(self.po_number)
        self.job_label.setBuddy(self.job_name)
        form = QFormLayout()
        add_field_row(form, self.po_label, self.po_number, self.po_error)
        add_field_row(form, self.job_label, self.job_name, self.job_error)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.approve_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        column_layout(self, self.header, self.outcome, self.message, (splitter, 1), form, buttons, flush=True)

    def retranslate(self) -> None:
        if self._outcome_text is not None:
            self.outcome.setText(self._outcome_text())
        self.lines_box.setTitle(self.tr("Lines"))
        self.add_box.setTitle(self.tr("Add a line from the catalog"))
        self.po_label.setText(self.tr("&PO number"))
        self.job_label.setText(self.tr("&Job name"))
        self.save_button.setText(self.tr("&Save changes"))
        self.approve_button.setText(self.tr("&Approve and place order…"))
        self.reject_button.setText(self.tr("Re&ject…"))
        self.close_button.setText(self.tr("Close"))
        self._update_remove_button()

    def refresh_formatting(self) -> None:
        """The language changed: money, numbers and dates in the models follow."""
        self.lines_model.set_formatter(self._ctx.formatter)
        self.history.set_formatter(self._ctx.formatter)

    # --- showing state ----------------------------------------------------------------------------------------------
    def show_request(self, approval: Approval, draft: ApprovalDraft) -> None:
        self._approval = approval
        self.print_button.setEnabled(True)
        self.header.set_approval(approval)
        self.lines_model.set_draft(draft)
        self.history.show_entries(approval.history)
        self.po_number.setText(draft.po_number)
        self.job_name.setText(draft.job_name)
        self._update_remove_button()

    def printable_document(self) -> PrintableDocument:
        """The request as saved on the service (not unsaved edits), prices only for a user who may see them."""
        if self._approval is None:
            raise RuntimeError("no request shown")
        return approval_document(self._approval, self._ctx.formatter, self._can_see_prices)

    def set_editing_enabled(self, enabled: bool) -> None:
        self._editing = enabled
        self.lines_model.set_editable(enabled)
        self.add_box.setVisible(enabled)
        self._update_remove_button()
        self.po_number.setReadOnly(not enabled)
        self.job_name.setReadOnly(not enabled)

    def update_totals(self, approval: Approval | None) -> None:
        if self.totals is None or approval is None:
            return
        fmt, draft = self._ctx.formatter, self.lines_model.draft
        if draft.lines_dirty:
            subtotal = draft.subtotal()
            self.totals.setText(
                self.tr("Subtotal with your changes: %1 (taxes and total when saved)").replace(
                    "%1", fmt.money(subtotal)
                )
            )
            return
        taxes = sum((tax.amount for tax in approval.taxes if tax.amount is not None), Decimal("0.00"))
        self.totals.setText(
            self.tr("Subtotal %1 · Taxes %2 · Total %3")
            .replace("%1", fmt.money(approval.subtotal))
            .replace("%2", fmt.money(taxes))
            .replace("%3", fmt.money(approval.total))
        )

    def _update_remove_button(self) -> None:
        row = self.lines.current_row()
        removed = row is not None and row < self.lines_model.rowCount() and self.lines_model.line(row).removed
        self.remove_button.setText(self.tr("&Keep this line") if removed else self.tr("&Remove line"))
        self.remove_button.setEnabled(self._editing and row is not None)

    # --- messages ---------------------------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in (self.message, self.po_error, self.job_error):
            label.clear_message()
        self.outcome.hide()

    def show_message(self, text: str) -> None:
        self.message.show_message(text)

    def show_outcome(self, text: Callable[[], str]) -> None:
        """Shows what happened; ``text`` makes the words, again in the new language on a switch."""
        self._outcome_text = text
        self.outcome.setText(text())
        self.outcome.show()
