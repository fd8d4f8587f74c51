"""Staff's "Reject…" of an account request: a reason is required (it is e-mailed to the person who asked).

The dialog sends the rejection itself and stays open until the service accepts it, showing a refusal under the
reason; a network failure keeps the typed reason.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...api import AccountRequest, ServiceUnreachable
from ...context import AppContext
from ...failures import show_refusal
from ...i18n import Retranslating
from ...ops import Op
from ...widgets.reason_dialog import ReasonDialog

REASON_LIMIT = 1000


class RejectAccountRequestDialog(Retranslating, ReasonDialog):
    sig_rejected = Signal(str)
    """The request with this id was rejected."""

    def __init__(self, ctx: AppContext, request: AccountRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._request = request
        self.reason.textChanged.connect(self.reason_error.clear_message)
        self.retranslate()

    def retranslate(self) -> None:
        request = self._request
        self.setWindowTitle(self.tr("Reject account request"))
        self.intro.setText(
            self.tr("Why is the request of %1 (%2) rejected? The reason is e-mailed to them.")
            .replace("%1", f"{request.first_name} {request.last_name}")
            .replace("%2", request.email)
        )
        self.buttons.set_texts(self.tr("Reject request"), self.tr("Cancel"))

    def submit(self) -> None:
        reason = self.reason_text()
        if not reason:
            self.reason_error.show_message(self.tr("Enter the reason for the rejection."))
            return
        if len(reason) > REASON_LIMIT:
            self.reason_error.show_message(
                self.tr("The reason can't be longer than %1 characters.").replace(
                    "%1", self._ctx.formatter.number(REASON_LIMIT)
                )
            )
            return
        client, request_id = self._ctx.client, self._request.id
        self.buttons.setEnabled(False)
        Op(self, lambda: client.account_requests.reject(request_id, reason), lambda _none: self._on_done()).on_failure(
            self._on_failed
        ).run()

    def _on_done(self) -> None:
        self.buttons.setEnabled(True)
        self.sig_rejected.emit(self._request.id)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ServiceUnreachable):
            self.reason_error.show_message(self.tr("The Lumen service can't be reached. Try again in a moment."))
        else:
            show_refusal(self, exc, self.reason_error.show_message)
