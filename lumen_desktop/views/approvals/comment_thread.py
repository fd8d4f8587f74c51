"""The conversation on a request: its comments (author, date, text; newest at the bottom) and, while the request
is pending, a box to write one. Ctrl+Enter sends; Enter makes a new line (so Enter never sends half a thought,
and no dialog button is pressed by it). Once the request is decided the thread stays readable but closed.

Shown in the approver's editor and in My requests. A refused comment keeps its text in the box, with the
service's words under it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...api import ApiError
from ...api.types_talk import Comment, CommentThread
from ...context import AppContext
from ...failures import show_error_beside
from ...i18n import Retranslating
from ...ops import Op
from ...widgets.busy import Busy
from ...widgets.field_error import FieldError

MAX_COMMENT_LENGTH = 1000  # the service's limit, checked here first so the user learns it before sending


class CommentBox(QPlainTextEdit):
    """Where a comment is written: Ctrl+Enter asks to send, Enter is a new line."""

    sig_send_requested = Signal()
    """Ctrl+Enter was pressed."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.sig_send_requested.emit()
            return
        super().keyPressEvent(event)


class CommentThreadView(Retranslating, QGroupBox):
    sig_loaded = Signal()
    """The thread (re)arrived from the service and is shown."""
    sig_sent = Signal(object)
    """A comment was sent and added to the thread (api.types_talk.Comment)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._serial = 0
        self.approval_id: str | None = None
        self.current: CommentThread | None = None
        self.view = QTextBrowser()
        self.view.setObjectName("commentThread")
        self.view.setOpenLinks(False)
        self.box = CommentBox()
        self.box.setObjectName("commentBox")
        self.box.setTabChangesFocus(True)
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * 2 + 14)
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 4 + 12)
        self.send_button = QPushButton()
        self.send_button.setAutoDefault(False)
        self.send_button.setDefault(False)
        self.closed = QLabel()
        self.closed.setWordWrap(True)
        self.closed.hide()
        self.error = FieldError()
        self._sending = Busy(self._update_state, self.error)
        self.box.sig_send_requested.connect(self.send)
        self.box.textChanged.connect(self._update_state)
        self.send_button.clicked.connect(self.send)
        write_row = QHBoxLayout()
        write_row.addWidget(self.box, 1)
        write_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.closed)
        layout.addLayout(write_row)
        layout.addWidget(self.error)
        ctx.i18n.sig_language_changed.connect(lambda _language: self._render())
        self.retranslate()
        self._update_state()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Comments"))
        self.box.setPlaceholderText(self.tr("Write a comment… Ctrl+Enter sends it; Enter starts a new line."))
        self.send_button.setText(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send the comment (Ctrl+Enter); the other side is told by e-mail"))
        self.closed.setText(self.tr("This request is decided: the conversation is closed and can only be read."))
        self._render()

    # --- state ------------------------------------------------------------------------------------------------------
    @property
    def may_comment(self) -> bool:
        return self.current is not None and self.current.may_comment

    def _update_state(self) -> None:
        open_ = self.may_comment
        for widget in (self.box, self.send_button):
            widget.setVisible(open_ or self.current is None)
        self.box.setEnabled(open_ and not self._sending.active)
        self.closed.setVisible(self.current is not None and not open_)
        self.send_button.setEnabled(open_ and not self._sending.active and bool(self.box.toPlainText().strip()))

    def _render(self) -> None:
        comments = self.current.items if self.current is not None else []
        if not comments:
            self.view.setHtml(f"<p><i>{escape(self.tr('No comment yet.'))}</i></p>")
            return
        self.view.setHtml("".join(self._comment_html(comment) for comment in comments))
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.maximum())  # the newest is at the bottom, and in view

    def _comment_html(self, comment: Comment) -> str:
        me = self._ctx.me.username if self._ctx.me else ""
        author = self.tr("You") if comment.author.username == me else comment.author.full_name
        when = self._ctx.formatter.datetime(comment.at)
        text = "<br>".join(escape(line) for line in comment.text.split("\n"))
        return f"<p><b>{escape(author)}</b> &nbsp;<span style='color:gray'>{escape(when)}</span><br>{text}</p>"

    # --- load and send ----------------------------------------------------------------------------------------------
    def set_request(self, approval_id: str | None) -> None:
        """Shows the thread of a request (None: nothing); what is being typed stays if it is the same request."""
        if approval_id != self.approval_id:
            self.box.clear()
            self.error.clear_message()
        self.approval_id = approval_id
        self.reload()

    def reload(self) -> None:
        self._serial += 1
        serial, client, approval_id = self._serial, self._ctx.client, self.approval_id
        if approval_id is None:
            self._show(serial, None)
            return
        Op(self, lambda: client.talk.comments(approval_id), lambda t: self._show(serial, t)).on_failure(
            lambda exc: self._load_failed(serial, exc)
        ).run()

    def _show(self, serial: int, thread: CommentThread | None) -> None:
        if serial != self._serial:
            return  # another request was picked meanwhile
        self.current = thread
        self._render()
        self._update_state()
        self.sig_loaded.emit()

    def _load_failed(self, serial: int, exc: Exception) -> None:
        if serial == self._serial:
            show_error_beside(self, exc, self.error, unreachable=self.tr("The comments could not be loaded."))

    def send(self) -> None:
        text = self.box.toPlainText().strip()
        if not self.may_comment or self._sending.active or not text or self.approval_id is None:
            return
        if len(text) > MAX_COMMENT_LENGTH:
            self.error.show_message(
                self.tr("A comment holds at most %1 characters; this one has %2.")
                .replace("%1", self._ctx.formatter.number(MAX_COMMENT_LENGTH))
                .replace("%2", self._ctx.formatter.number(len(text)))
            )
            return
        self._sending.set(True)
        client, approval_id = self._ctx.client, self.approval_id
        Op(self, lambda: client.talk.comment(approval_id, text), self._sent).on_failure(self._send_failed).run()

    def _sent(self, comment: Comment) -> None:
        self._sending.set(False)
        self.box.clear()
        self.sig_sent.emit(comment)
        self.reload()

    def _send_failed(self, exc: Exception) -> None:
        """The text stays in the box; the reason goes under it."""
        self._sending.active = False
        unreachable = self.tr("The Lumen service can't be reached. Your comment is kept here; send it when it is back.")
        show_error_beside(self, exc, self.error, unreachable=unreachable)
        if isinstance(exc, ApiError) and exc.status == 409:
            self.reload()  # decided meanwhile: the thread closes
        self._update_state()
        self.box.setFocus()
