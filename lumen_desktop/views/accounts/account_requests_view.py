"""Staff's "Account requests" section: the pending queue, oldest first, each row showing how long it has waited
against the 72-hour promise (overdue rows highlighted), with **Approve** and **Reject…**.

Approving creates the account on the service and shows the generated username here; the one-time password is
e-mailed to the person by the service and never reaches this window. Rejecting needs a reason.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ...api import AccountRequest, ApiError
from ...context import AppContext
from ...failures import show_error_beside
from ...i18n import Retranslating
from ...models.account_request_queue_model import AccountRequestQueueModel
from ...ops import Op
from ...style import set_role
from ...widgets.busy import Busy
from ...widgets.column_layout import column_layout
from ...widgets.field_error import FieldError
from ...widgets.tables import ListTable
from .reject_dialog import RejectAccountRequestDialog
from .request_summary import AccountRequestSummary


class AccountRequestsView(Retranslating, QWidget):
    sig_approved = Signal(str, str)
    """(request id, generated username): an account was created."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.reject_dialog: RejectAccountRequestDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.last_username = ""
        self.model = AccountRequestQueueModel(ctx, self)
        self.model.sig_loaded.connect(self._on_loaded)
        self.model.sig_load_failed.connect(self._show_error)
        self.title = QLabel()
        set_role(self.title, "title")
        self.summary = QLabel()
        self.table = ListTable(
            self.model, stretch_column=self.model.column_of("name"), state_key="account_requests", settings=ctx.settings
        )
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.details = AccountRequestSummary(self.model)
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button = QPushButton()
        self.reject_button.clicked.connect(self.reject_selected)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = FieldError()
        self._busy = Busy(self._update_buttons, self.message, self.result)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        column_layout(self, self.title, self.summary, (self.table, 1), self.details, buttons, self.result, self.message)
        self.retranslate()
        self._update_buttons()
        self.model.load()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Account requests"))
        self.approve_button.setText(self.tr("Approve"))
        self.approve_button.setToolTip(
            self.tr("Creates the account; the username and a one-time password are e-mailed to the person")
        )
        self.reject_button.setText(self.tr("Reject…"))
        self._update_summary()

    def refresh(self) -> None:
        """F5: the queue again from the service."""
        self.message.clear_message()
        self.model.load()

    def selected_request(self) -> AccountRequest | None:
        rows = [r for r in self.table.selectionModel().selectedRows() if not self.model.is_processed(r.row())]
        return self.model.request_at(rows[0].row()) if rows else None

    def select_email(self, email: str) -> None:
        """Selects the request sent for ``email`` (keyboard users and tests)."""
        for row, request in enumerate(self.model.requests()):
            if request.email.casefold() == email.casefold():
                self.table.selectRow(row)
                return

    # --- approve / reject ---------------------------------------------------------------------------------------
    def approve_selected(self) -> None:
        """Asks first: approving creates an account and e-mails its password, which cannot be taken back."""
        request = self.selected_request()
        if request is None or self._busy.active:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Create the account"),
            self.tr("Create an account for %1 (%2) at customer %3? Their username and password are e-mailed at once.")
            .replace("%1", f"{request.first_name} {request.last_name}".strip())
            .replace("%2", request.email)
            .replace("%3", request.customer_number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Create the account"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._approve(request) if box.clickedButton() is yes else None)
        self.confirm_box = box
        box.open()

    def _approve(self, request: AccountRequest) -> None:
        self.confirm_box = None
        client = self._ctx.client
        self._busy.set(True)
        Op(
            self,
            lambda: client.account_requests.approve(request.id),
            lambda username: self._on_approved(request, username),
        ).on_failure(self._on_failed).run()

    def _on_approved(self, request: AccountRequest, username: str) -> None:
        self._busy.set(False)
        self.last_username = username
        self.result.setText(
            self.tr("Account created for %1: username %2. The password was e-mailed to %3.")
            .replace("%1", f"{request.first_name} {request.last_name}")
            .replace("%2", username)
            .replace("%3", request.email)
        )
        self.model.mark_processed(request.id, self.tr("Approved — username %1").replace("%1", username))
        self.table.clearSelection()
        self._update_summary()
        self._update_buttons()
        self.sig_approved.emit(request.id, username)

    def reject_selected(self) -> None:
        request = self.selected_request()
        if request is None or self._busy.active:
            return
        dialog = RejectAccountRequestDialog(self._ctx, request, self)
        dialog.sig_rejected.connect(lambda _answer: self._on_rejected(request))
        dialog.finished.connect(lambda _result: setattr(self, "reject_dialog", None))
        self.reject_dialog = dialog
        dialog.open()

    def _on_rejected(self, request: AccountRequest) -> None:
        self.result.setText(
            self.tr("The request of %1 was rejected; they were told why by e-mail.").replace(
                "%1", f"{request.first_name} {request.last_name}"
            )
        )
        self.model.mark_processed(request.id, self.tr("Rejected"))
        self.table.clearSelection()
        self._update_summary()
        self._update_buttons()

    def _on_failed(self, exc: Exception) -> None:
        self._busy.set(False)
        self._show_error(exc)
        if isinstance(exc, ApiError) and exc.status in (404, 409):
            self.model.load()  # someone else processed it meanwhile: show the queue as it is now

    def _show_error(self, exc: Exception) -> None:
        show_error_beside(self, exc, self.message)

    # --- state --------------------------------------------------------------------------------------------------
    def _on_loaded(self) -> None:
        self.message.clear_message()
        self._update_summary()
        self._update_buttons()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.message.clear_message()
        self.details.show_request(self.selected_request())
        self._update_buttons()

    def _update_summary(self) -> None:
        pending = [row for row in range(self.model.rowCount()) if not self.model.is_processed(row)]
        count = len(pending)
        overdue = sum(1 for row in pending if self.model.is_overdue(row))
        text = self.tr("%n request(s) waiting.", "", count)
        if overdue:
            text += " " + self.tr("%n past the 72-hour promise.", "", overdue)
        self.summary.setText(text)

    def _update_buttons(self) -> None:
        has = self.selected_request() is not None and not self._busy.active
        self.approve_button.setEnabled(has)
        self.reject_button.setEnabled(has)
