"""The approver's inbox: the requests addressed to me, pending ones first by default.

A status filter (pending, approved, rejected, cancelled, all) over ``ApprovalListModel(role="approver")``.
Double-click or Enter opens the request in a ``RequestEditor`` (one per request: opening it again raises it).
The list reloads when the inbox summary changes (``InboxPoller``), when an editor saves or decides, and on F5.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget

from ...context import AppContext
from ...widgets.column_layout import column_layout
from .away_dialog import AwayDialog
from .editor import RequestEditor
from .merge_action import MergeAction
from .open_editors import OpenEditors
from .request_list_page import RequestListPage


class ApprovalInboxView(RequestListPage):
    sig_editor_opened = Signal(object)
    """A request was opened (the ``RequestEditor``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "approver", parent, stretch="po_job", state_key="approvals.inbox")
        self.editors = OpenEditors(ctx, self, lambda _id: self.refresh())
        self.open_button = QPushButton()
        self.open_button.setEnabled(False)
        self.away_button = QPushButton()
        self.away_button.clicked.connect(self.open_away_dialog)
        self.away_dialog: AwayDialog | None = None
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several, to merge them
        self.merge = MergeAction(ctx, self.model, self.table, self)
        self.table.activated.connect(self.open_index)
        self.table.doubleClicked.connect(self.open_index)
        self.open_button.clicked.connect(lambda: self.open_index(self.table.currentIndex()))
        actions = (self.open_button, self.away_button, self.merge.button)
        top = self.top_row(*actions)
        column_layout(self, top, self.merge.outcome, self.message, (self.table, 1), self.empty)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.set_texts(title=self.tr("Requests addressed to you"), empty=self.tr("No request to show."))
        self.open_button.setText(self.tr("&Open"))
        self.away_button.setText(self.tr("&Away…"))
        self.merge.retranslate()

    def _loaded(self) -> None:
        super()._loaded()
        self.open_button.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def open_away_dialog(self) -> AwayDialog:
        """ "Away…": my absence and stand-in."""
        self.away_dialog = AwayDialog(self._ctx, self)
        self.away_dialog.open()
        return self.away_dialog

    def open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_request(self.model.approval(index.row()).id)

    def open_request(self, approval_id: str) -> RequestEditor:
        """Opens (or raises) the editor of a request."""
        editor, created = self.editors.open(approval_id)
        if created:
            self.sig_editor_opened.emit(editor)
        return editor
