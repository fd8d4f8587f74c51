"""A "Reject…" dialog: a sentence saying who receives the reason, the reason itself, its error under it and the
Reject / Cancel buttons. An approval request's and an account request's rejection are both one; each subclass
words it (``retranslate``, through ``set_texts``) and says which call sends the reason (``rejection``).

Reject stays disabled while the reason is blank, and a reason over the service's limit is said under it as it is
typed. The dialog sends the reason itself and stays open until the service takes it: its refusal, or the service
out of reach, is said under the reason, which stays as typed; an expired session goes the app-wide way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ..failures import show_error_beside
from ..ops import Op
from .action_dialog import ActionDialog
from .busy import Busy
from .column_layout import column_layout
from .field_error import FieldError

if TYPE_CHECKING:
    from ..context import AppContext

REASON_LIMIT = 1000  # the service's limit on a rejection's reason, checked here first


class ReasonDialog(ActionDialog):
    sig_rejected = Signal(object)
    """The service took the rejection (its answer: the request as it now stands, or None)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._busy = Busy(self._update_action)
        self.reason = QPlainTextEdit()
        self.intro.setBuddy(self.reason)
        self.reason_error = FieldError()
        self.setMinimumWidth(440)  # the reason is a few sentences: room for them
        column_layout(self, self.intro, self.reason, self.reason_error, self.buttons)
        self.reason.textChanged.connect(self._update_action)
        self._update_action()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def rejection(self, reason: str) -> Callable[[], object]:
        """The service call that sends ``reason`` (run off the GUI thread: it must not touch widgets)."""
        raise NotImplementedError

    def submit(self) -> None:
        reason = self.reason_text()
        if self._busy.active or not reason or len(reason) > REASON_LIMIT:
            return
        self._busy.set(True)
        Op(self, self.rejection(reason), self._done).on_failure(self._failed).run()

    def _done(self, answer: object) -> None:
        self._busy.set(False)
        self.sig_rejected.emit(answer)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy.set(False)
        # QCoreApplication.translate, not self.tr: one context for every subclass (tr takes the instance's class)
        unreachable = QCoreApplication.translate(
            "ReasonDialog", "The Lumen service can't be reached. Your reason is kept: try again in a moment."
        )
        show_error_beside(self, exc, self.reason_error, unreachable=unreachable)

    def _update_action(self) -> None:
        length = len(self.reason_text())
        self.buttons.action.setEnabled(not self._busy.active and 0 < length <= REASON_LIMIT)
        if length > REASON_LIMIT:
            limit = self._ctx.formatter.number(REASON_LIMIT)
            too_long = QCoreApplication.translate("ReasonDialog", "The reason can't be longer than %1 characters.")
            self.reason_error.show_message(too_long.replace("%1", limit))
        elif not self._busy.active:
            self.reason_error.clear_message()
