"""The requester's "My requests": what I sent for approval and what became of it.

A status filter over ``ApprovalListModel(role="requester")`` (date, status, approver, lines, order number once
approved, reason once rejected; a total only for a user who may see prices), the chosen request's details below
(what the approver changed, line by line), and **Cancel request** while it is pending (after a confirmation).
Showing this page tells the service the decided requests were seen (``POST /inbox/seen``), which resets the
"decided since last seen" count of the inbox summary.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QSplitter, QWidget

from ...api import Approval
from ...context import AppContext
from ...failures import show_error_beside
from ...notifications import InboxPoller
from ...ops import Op
from ...widgets.column_layout import column_layout
from .request_details import RequestDetails
from .request_list_page import RequestListPage


class MyRequestsView(RequestListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "requester", parent, stretch="reason", state_key="my_requests")
        self._selected_id: str | None = None
        self.confirm_box: QMessageBox | None = None
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.details = RequestDetails(ctx)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.cancel_button.clicked.connect(self.ask_cancel)
        top = self.top_row(self.cancel_button)
        upper = QWidget()
        column_layout(upper, top, self.message, (self.table, 1), self.empty, flush=True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.details)
        column_layout(self, splitter)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.set_texts(
            title=self.tr("Requests you sent for approval"),
            empty=self.tr("You have not sent any request with this status."),
        )
        self.cancel_button.setText(self.tr("&Cancel request…"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # reloads the list
        client = self._ctx.client
        Op(self, client.inbox.mark_seen, lambda _r: InboxPoller.of(self._ctx).poll_now()).on_failure(
            lambda _exc: None
        ).run()  # a service without the call: the count simply stays

    def selected(self) -> Approval | None:
        index = self.table.currentIndex()
        return self.model.approval(index.row()) if index.isValid() else None

    def select_request(self, approval_id: str) -> None:
        row = self.model.row_of(approval_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def show_request(self, approval_id: str) -> None:
        """Selects that request now if listed, and again once the list has reloaded (a link from an e-mail)."""
        self._selected_id = approval_id
        self.select_request(approval_id)
        self.refresh()

    def _loaded(self) -> None:
        super()._loaded()
        row = self.model.row_of(self._selected_id) if self._selected_id else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))  # after the reset: loads the details again
        else:
            self._on_current_changed(QModelIndex(), QModelIndex())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        approval = self.model.approval(current.row()) if current.isValid() else None
        self._selected_id = approval.id if approval is not None else None
        self.cancel_button.setEnabled(approval is not None and approval.status == "pending")
        self.details.show_request(self._selected_id)

    def ask_cancel(self) -> None:
        approval = self.selected()
        if approval is None or approval.status != "pending":
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel the request"),
            self.tr("Cancel this request? Your approver will no longer be able to approve it."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Cancel the request"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _result: self._cancel(approval.id) if box.clickedButton() is yes else None)
        self.confirm_box = box
        box.open()

    def _cancel(self, approval_id: str) -> None:
        self.cancel_button.setEnabled(False)
        client = self._ctx.client
        Op(self, lambda: client.approvals.cancel(approval_id), lambda _a: self._cancelled()).on_failure(
            self._cancel_failed
        ).run()

    def _cancelled(self) -> None:
        self.refresh()
        InboxPoller.of(self._ctx).poll_now()

    def _cancel_failed(self, exc: Exception) -> None:
        unreachable = self.tr("The Lumen service can't be reached. Try again in a moment.")
        show_error_beside(self, exc, self.message, unreachable=unreachable)
        self.refresh()
