"""The approver's request editor: review, change, then approve and place the order, or reject.

Loads ``GET /approvals/{id}`` and keeps the approver's unsaved edits in an ``ApprovalDraft`` (lines table, PO
number, job name; lines added from the catalog search right there). **Save changes** sends ``PATCH`` with
``If-Match: "<version>"``. On ``409 version_conflict`` it reloads, re-applies the approver's edits on the fresh
request (marked) and opens a ``ConflictDialog`` listing what changed meanwhile: nothing typed is lost, and the
next save goes at the new version. **Approve and place order…** saves unsaved edits first, then places with an
``Idempotency-Key`` made once per approval attempt and reused by every retry of it. **Reject…** needs a reason.
Refused lines (``ApiError.lines``) show on their rows; ``po_number``/``job_name`` refusals under their inputs.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import uuid4

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from ...api import ApiError, Approval, Order, Product
from ...context import AppContext
from ...failures import show_error_beside
from ...i18n import Retranslating
from ...models.approval_draft import ApprovalDraft
from ...ops import Op
from ...widgets.busy import Busy
from ...widgets.fit import open_size
from .approve_dialog import ApproveDialog
from .conflict_dialog import ConflictDialog
from .editor_panel import EditorPanel
from .live_follow import LiveFollower
from .reject_dialog import RejectDialog
from .unsaved import ask_to_discard_changes

DECIDED_CODES = ("already_decided", "request_cancelled")


class RequestEditor(Retranslating, QDialog):
    sig_loaded = Signal()
    """The request (re)arrived from the service and is shown."""
    sig_saved = Signal()
    """The approver's changes were saved (a new version)."""
    sig_conflict_shown = Signal(object)
    """A save met a version conflict: the request was reloaded and this ``ConflictDialog`` is open."""
    sig_approved = Signal(object)
    """The order was placed (api.Order)."""
    sig_changed = Signal(str)
    """The request changed on the service (saved, approved or rejected): lists showing it should reload."""
    sig_leave_answered = Signal(bool)
    """The user answered the unsaved-changes question: True, the editor closed without saving; False, kept."""

    def __init__(self, ctx: AppContext, approval_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self._ctx = ctx
        self.approval_id = approval_id
        self._busy = Busy(self._update_state)
        self._discard_on_close = False
        self._approve_key: str | None = None  # one per approval attempt, reused when retrying it
        self.approval: Approval | None = None
        self.approve_dialog: ApproveDialog | None = None
        self.reject_dialog: RejectDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.close_box: QMessageBox | None = None
        self.ui = EditorPanel(ctx, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ui)
        self.ui.lines_model.sig_edited.connect(self._update_state)
        self.ui.lines.sig_remove_requested.connect(self.ui.lines_model.toggle_removed)
        self.ui.remove_button.clicked.connect(self._toggle_current_line)
        self.ui.picker.sig_add.connect(self.add_product)
        self.ui.po_number.textEdited.connect(self._header_edited)
        self.ui.job_name.textEdited.connect(self._header_edited)
        self.ui.save_button.clicked.connect(lambda: self.save())
        self.ui.approve_button.clicked.connect(self.open_approve)
        self.ui.reject_button.clicked.connect(self.open_reject)
        self.ui.close_button.clicked.connect(self.close)
        self.ui.comments.sig_sent.connect(lambda _comment: self._refresh_history())
        ctx.i18n.sig_language_changed.connect(self._on_language_changed)
        self.live = LiveFollower(ctx, self)  # reloads when others change the request (live events)
        self.resize(open_size(self, QSize(1000, 760)))
        self.retranslate()
        self.reload()

    # --- state ----------------------------------------------------------------------------------------------------
    @property
    def draft(self) -> ApprovalDraft:
        return self.ui.lines_model.draft

    @property
    def busy(self) -> bool:
        """A save, approval or rejection of this editor is under way (its answer shows the new version)."""
        return self._busy.active

    @property
    def editable(self) -> bool:
        if self.approval is None or self.approval.status != "pending":
            return False
        # Passed on to a second approver (two-tier approval): the first one only reads it now. (Anyone else who
        # opens it pending may decide it: its approver, their stand-in, someone it was offered to; the service says.)
        me = self._ctx.me
        if me is None:
            return False
        first, approver = self.approval.first_approver, self.approval.approver
        passed_on_by_me = first is not None and first.username == me.username
        return not passed_on_by_me or (approver is not None and approver.username == me.username)

    def retranslate(self) -> None:
        requester = self.approval.requester.full_name if self.approval and self.approval.requester else ""
        self.setWindowTitle(
            self.tr("Approval request from %1").replace("%1", requester) if requester else self.tr("Approval request")
        )
        self.ui.retranslate()
        self._update_state()

    def _show(self, approval: Approval, draft: ApprovalDraft | None = None) -> None:
        self.approval = approval
        self.ui.comments.set_request(approval.id)
        self.ui.show_request(approval, draft or ApprovalDraft.of(approval))
        self.ui.lines_model.set_editable(self.editable)
        self.retranslate()
        self.sig_loaded.emit()

    def _update_state(self) -> None:
        draft, idle = self.draft, not self._busy.active
        self.ui.save_button.setEnabled(self.editable and idle and draft.is_dirty)
        self.ui.approve_button.setEnabled(self.editable and idle and bool(draft.payload_lines()))
        self.ui.reject_button.setEnabled(self.editable and idle)
        self.ui.set_editing_enabled(self.editable)
        self.ui.update_totals(self.approval)

    # --- edits ------------------------------------------------------------------------------------------------------
    def add_product(self, product: Product, quantity: int) -> None:
        if self.editable:
            row = self.ui.lines_model.add_product(product, quantity)
            self.ui.lines.selectRow(row)

    def set_quantity(self, sku: str, quantity: int) -> bool:
        """What typing ``quantity`` in the line's quantity cell does."""
        row = self.draft.row_of(sku)
        model = self.ui.lines_model
        return row is not None and model.setData(model.index(row, model.column_of("quantity")), quantity)

    def _toggle_current_line(self) -> None:
        row = self.ui.lines.current_row()
        if row is not None and self.editable:
            self.ui.lines_model.toggle_removed(row)

    def _header_edited(self) -> None:
        self.draft.po_number = self.ui.po_number.text().strip()
        self.draft.job_name = self.ui.job_name.text().strip()
        self._update_state()

    # --- load and save ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        client, approval_id = self._ctx.client, self.approval_id
        Op(self, lambda: client.approvals.get(approval_id), self._show).on_failure(self._failed).run()

    def _refresh_history(self) -> None:
        """A comment was sent: the history shows it too (the lines and unsaved edits are left as they are)."""
        client, approval_id = self._ctx.client, self.approval_id
        Op(
            self,
            lambda: client.approvals.get(approval_id),
            lambda fresh: self.ui.history.show_entries(fresh.history),
        ).on_failure(lambda _exc: None).run()

    def save(self, then: Callable[[], None] | None = None, failed: Callable[[Exception], None] | None = None) -> None:
        """PATCHes the unsaved edits at the version they were made on; ``then`` runs once saved."""
        self.ui.clear_errors()
        if self.ui.lines_model.local_problems():
            self.ui.show_message(
                self.tr("Some quantities are not multiples of what the product is sold by; they are marked in red.")
            )
            self.ui.lines_model.set_line_errors([], [])
            if failed is not None:
                failed(ApiError(422, "invalid_lines", self.ui.message.text()))
            return
        draft, client, approval_id = self.draft, self._ctx.client, self.approval_id
        lines = draft.payload_lines() if draft.lines_dirty else None
        po = draft.po_number if draft.po_number != draft.approval.po_number else None
        job = draft.job_name if draft.job_name != draft.approval.job_name else None
        skus = [str(line["sku"]) for line in lines or []]
        self._busy.set(True)
        Op(
            self,
            lambda: client.approvals.edit(approval_id, draft.version, lines, po, job),
            lambda saved: self._saved(saved, then),
        ).on_failure(lambda exc: self._save_failed(exc, skus, failed)).run()

    def _saved(self, approval: Approval, then: Callable[[], None] | None) -> None:
        self._busy.set(False)
        self._show(approval)
        self.sig_saved.emit()
        self.sig_changed.emit(self.approval_id)
        if then is not None:
            then()

    def _save_failed(self, exc: Exception, skus: list[str], failed: Callable[[Exception], None] | None) -> None:
        self._busy.set(False)
        if isinstance(exc, ApiError) and exc.code == "version_conflict":
            if self.approve_dialog is not None:
                self.approve_dialog.reject()
            self._reload_after_conflict()
            return
        if failed is not None:
            failed(exc)
        if isinstance(exc, ApiError) and exc.lines:
            self.ui.lines_model.set_line_errors(exc.lines, skus)
        self._failed(exc)

    def _reload_after_conflict(self) -> None:
        client, approval_id = self._ctx.client, self.approval_id
        Op(self, lambda: client.approvals.get(approval_id), self._rebase).on_failure(self._failed).run()

    def _rebase(self, fresh: Approval) -> None:
        rebased, conflict = self.draft.rebase(fresh)  # the draft as it is now: edits typed meanwhile count too
        self._show(fresh, rebased)
        dialog = ConflictDialog(conflict, self._ctx.formatter, self)
        dialog.finished.connect(lambda result: self._conflict_answered(result, fresh))
        self.conflict_dialog = dialog
        dialog.open()
        self.sig_conflict_shown.emit(dialog)

    def _conflict_answered(self, result: int, fresh: Approval) -> None:
        if result == QDialog.DialogCode.Rejected.value and self.approval is fresh:
            self._show(fresh)  # "Discard my changes"

    def _failed(self, exc: Exception) -> None:
        """The service's words at the top of the editor or under the field they name; an expired session the
        app-wide way (sign in again: the unsaved edits stay here)."""
        ui = self.ui
        show_error_beside(
            self,
            exc,
            ui.message,
            fields={"po_number": ui.po_error, "job_name": ui.job_error},
            unreachable=self.tr(
                "The Lumen service can't be reached. Your changes are kept here; try again when it is back."
            ),
        )
        if isinstance(exc, ApiError) and exc.code in DECIDED_CODES:
            self.reload()  # decided or cancelled meanwhile: show it as it is

    # --- decisions --------------------------------------------------------------------------------------------------
    def open_approve(self) -> None:
        first = next((line["sku"] for line in self.draft.payload_lines()), None)
        dialog = ApproveDialog(
            self._ctx, self.draft.po_number, self.draft.job_name, str(first) if first else None, self
        )
        dialog.sig_submitted.connect(self._place)
        self.approve_dialog = dialog
        dialog.open()

    def _place(self, shipping: dict[str, object], po_number: str, job_name: str) -> None:
        if self._approve_key is None:
            self._approve_key = uuid4().hex
        dialog = self.approve_dialog
        failed = dialog.show_error if dialog is not None else None
        if self.draft.is_dirty:
            self.save(then=lambda: self._place_now(shipping, po_number, job_name), failed=failed)
        else:
            self._place_now(shipping, po_number, job_name)

    def _place_now(self, shipping: dict[str, object], po_number: str, job_name: str) -> None:
        client, approval_id, key = self._ctx.client, self.approval_id, self._approve_key or uuid4().hex
        self._busy.set(True)
        Op(
            self,
            lambda: client.approvals.approve(approval_id, shipping, key, po_number or None, job_name or None),
            self._placed,
        ).on_failure(self._place_failed).run()

    def _placed(self, order: Order | Approval) -> None:
        self._busy.set(False)
        self._approve_key = None
        if self.approve_dialog is not None:
            self.approve_dialog.accept()
        if isinstance(order, Approval):  # two-tier approval: passed on, nothing placed yet
            name = order.approver.shown_name if order.approver is not None else ""
            self.ui.show_outcome(
                lambda: self.tr("Approved (1 of 2); sent on to %1 for the second approval.").replace("%1", name)
            )
            self.sig_changed.emit(self.approval_id)
            self.reload()
            return
        self.ui.show_outcome(lambda: self.tr("Order %1 placed.").replace("%1", order.number))
        self.sig_approved.emit(order)
        self._ctx.sig_orders_changed.emit()
        self.sig_changed.emit(self.approval_id)
        self.reload()

    def _place_failed(self, exc: Exception) -> None:
        self._busy.set(False)
        if self.approve_dialog is not None:
            self.approve_dialog.show_error(exc)
        if isinstance(exc, ApiError) and exc.lines:
            self.ui.lines_model.set_line_errors(exc.lines, [str(line["sku"]) for line in self.draft.payload_lines()])
        if isinstance(exc, ApiError) and exc.code in DECIDED_CODES:
            self.reload()

    def open_reject(self) -> None:
        dialog = RejectDialog(self._ctx, self.approval_id, self)
        dialog.sig_rejected.connect(self._rejected)
        self.reject_dialog = dialog
        dialog.open()

    def _rejected(self, _approval: Approval | None) -> None:
        self.ui.show_outcome(lambda: self.tr("Request rejected; the requester is told why by e-mail."))
        self.sig_changed.emit(self.approval_id)
        self.reload()

    # --- language and closing ---------------------------------------------------------------------------------------
    def _on_language_changed(self, _language: str) -> None:
        """Product names come back in the new language; unsaved edits are re-applied as they are."""
        client, approval_id = self._ctx.client, self.approval_id

        def refreshed(fresh: Approval) -> None:
            if fresh.version == self.draft.version:
                self._show(fresh, self.draft.rebase(fresh)[0])

        self.ui.refresh_formatting()
        Op(self, lambda: client.approvals.get(approval_id), refreshed).on_failure(lambda _exc: None).run()

    def _may_close(self) -> bool:
        """True when nothing typed would be lost; otherwise asks (non-blocking) and answers False."""
        if not self.draft.is_dirty or self._discard_on_close or not self.editable:
            return True
        self.close_box = ask_to_discard_changes(
            self, self._discard_and_close, lambda: self.sig_leave_answered.emit(False)
        )
        return False

    def _discard_and_close(self) -> None:
        self._discard_on_close = True
        self.close()
        self.sig_leave_answered.emit(True)  # quitting or signing out that asked carries on

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close():
            super().closeEvent(event)
        else:
            event.ignore()

    def reject(self) -> None:  # Esc
        if self._may_close():
            super().reject()
