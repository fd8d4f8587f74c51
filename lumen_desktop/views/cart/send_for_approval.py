""" "Send for approval to <approver>": the requester's one way to order, with the cart's note for the approver.

The note is written in ONE place, the cart's "Note for <approver>" field; this dialog shows it and sends it with
``POST /cart/submit-for-approval``; the service empties the cart and e-mails the approver. If the service can't be
reached the dialog stays open, the note stays in the cart, and "Send" can simply be pressed again (nothing was
sent: a POST is never resent automatically).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ...api import Approval
from ...context import AppContext
from ...i18n import Retranslating
from ...widgets.form_dialog import FormDialog

NOTE_LIMIT = 1000


class SendForApprovalDialog(Retranslating, FormDialog):
    sig_sent = Signal(object)
    """The request was created (api.Approval); the service emptied the cart."""

    def __init__(self, ctx: AppContext, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, action=QPushButton())
        self.send_button = self.buttons.action
        self.send_button.setObjectName("sendForApprovalConfirm")
        self._ctx = ctx
        self.approval: Approval | None = None
        approver = ctx.me.approver if ctx.me is not None else None
        self._approver_name = approver.full_name if approver is not None else ""
        self._note = note.strip()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)  # the user's words, never markup
        self.note_label.setObjectName("approvalNote")
        self.note_error = self.add_shown("note", self.note_label)
        self.lay_out()
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_texts(
            title=self.tr("Send for approval"),
            intro=self.tr(
                "Your cart goes to %1, who can change it and place the order, or reject it with a reason."
            ).replace("%1", self._approver_name),
            action=self.tr("&Send to %1").replace("%1", self._approver_name),
        )
        if self._note:
            self.note_label.setText(
                self.tr("Your note for %1:\n%2").replace("%1", self._approver_name).replace("%2", self._note)
            )
        else:
            self.note_label.setText(self.tr("No note. To add one, write it in the cart's Note field."))

    def submit(self) -> None:
        """Sends the cart for approval with the cart's note."""
        note = self._note
        self.clear_errors()
        if len(note) > NOTE_LIMIT:
            limit = self._ctx.formatter.number(NOTE_LIMIT)
            self.note_error.show_message(self.tr("At most %1 characters.").replace("%1", limit))
            return
        client = self._ctx.client
        self.send(
            lambda: client.cart.submit_for_approval(note or None),
            self._sent,
            unreachable=self.tr("The Lumen service can't be reached. Nothing was sent; your note is kept — try again."),
        )

    def _sent(self, approval: Approval) -> None:
        self.approval = approval
        self.sig_sent.emit(approval)
        self.accept()
