"""The notice over the bottom of the main window while the service can't be reached.

"The Lumen service can't be reached. Retrying in N s… [Retry now]": it only displays ``ConnectionState``
(which owns the countdown and the probing) and hides itself when the service answers again. It floats over the
page (``float_over``) instead of taking a row of the layout: going offline and back must not move what the user
is about to click.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ..connection import ConnectionState
from ..i18n import Retranslating
from ..resources import icon


class ConnectionBanner(Retranslating, QFrame):
    def __init__(self, connection: ConnectionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._connection = connection
        self.setObjectName("connectionBanner")
        self._icon = QLabel()
        self._icon.setPixmap(icon("offline.svg").pixmap(18, 18))
        self.message = QLabel()
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(connection.retry_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self._icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        connection.sig_online_changed.connect(self._on_online_changed)
        # A bound method, not a lambda: the banner goes with its window at sign-out; the connection stays.
        connection.sig_countdown.connect(self._on_countdown)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setVisible(not connection.is_online)
        self.retranslate()

    def float_over(self, page: QWidget) -> None:
        """Shows the banner over the bottom of ``page`` (and keeps it there as the page is resized)."""
        self.setParent(page)
        page.installEventFilter(self)
        self._place()
        self.setVisible(not self._connection.is_online)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        page = self.parentWidget()
        if page is None:
            return
        margin = 12
        width = min(page.width() - 2 * margin, max(self.sizeHint().width(), 560))
        height = self.sizeHint().height()
        self.setGeometry((page.width() - width) // 2, page.height() - height - margin, width, height)
        self.raise_()

    def retranslate(self) -> None:
        seconds = self._connection.seconds_left
        if seconds > 0:
            text = self.tr("The Lumen service can't be reached. Retrying in %n s…", "", seconds)
        else:
            text = self.tr("The Lumen service can't be reached. Retrying now…")
        self.message.setText(text)
        self.retry_button.setText(self.tr("Retry now"))

    def _on_countdown(self, _seconds: int) -> None:
        self.retranslate()

    def _on_online_changed(self, online: bool) -> None:
        self.retranslate()
        self._place()  # the text's width may have changed
        self.setVisible(not online)
