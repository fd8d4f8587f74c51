"""The strip at the top of the main window while the service can't be reached.

"The Lumen service can't be reached. Retrying in N s… [Retry now]": it only displays ``ConnectionState``
(which owns the countdown and the probing) and hides itself when the service answers again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

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
        self.setVisible(not connection.is_online)
        self.retranslate()

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
        self.setVisible(not online)
        self.retranslate()
