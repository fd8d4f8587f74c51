""" "Reject…": a reason is required (the Reject button stays disabled until it is not blank); the requester gets
it by e-mail. ``POST /approvals/{id}/reject``; the service's refusal is shown under the reason. Emits
``sig_rejected`` with the request as it now stands.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...api import ApiError, Approval, ServiceUnreachable
from ...context import AppContext
from ...failures import show_failure
from ...i18n import Retranslating
from ...ops import Op
from ...widgets.reason_dialog import ReasonDialog

MAX_REASON = 1000


class RejectDialog(Retranslating, ReasonDialog):
    sig_rejected = Signal(object)
    """The service rejected the request (api.Approval, or None when it answered no body)."""

    def __init__(self, ctx: AppContext, approval_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._approval_id = approval_id
        self.reason.textChanged.connect(self._update_ok)
        self._busy = False
        self._update_ok()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reject the request"))
        self.intro.setText(self.tr("&Reason (required; the requester receives it by e-mail):"))
        self.buttons.set_texts(self.tr("Reject"), self.tr("Cancel"))

    def _update_ok(self) -> None:
        text = self.reason.toPlainText()
        self.buttons.action.setEnabled(not self._busy and bool(text.strip()) and len(text) <= MAX_REASON)
        if len(text) > MAX_REASON:
            self.reason_error.show_message(
                self.tr("Keep the reason under %1 characters.").replace("%1", self._ctx.formatter.number(MAX_REASON))
            )
        elif not self._busy:
            self.reason_error.clear_message()

    def submit(self) -> None:
        reason = self.reason_text()
        if not reason:
            return
        self._busy = True
        self._update_ok()
        client, approval_id = self._ctx.client, self._approval_id
        Op(self, lambda: client.approvals.reject(approval_id, reason), self._done).on_failure(self._failed).run()

    def _done(self, approval: Approval | None) -> None:
        self._busy = False
        self.sig_rejected.emit(approval)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._update_ok()
        if isinstance(exc, ApiError):
            self.reason_error.show_message(exc.message)
        elif isinstance(exc, ServiceUnreachable):
            self.reason_error.show_message(
                self.tr("The Lumen service can't be reached. Your reason is kept: try again in a moment.")
            )
        else:
            show_failure(self, exc)
