"""The list of demo accounts shown by the sign-in dialog in demo mode; a click picks one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..context import DemoUser
from ..i18n import Retranslating


class DemoUsersTable(Retranslating, QTableWidget):
    sig_user_picked = Signal(object)
    """A demo user (context.DemoUser) was clicked."""

    def __init__(self, users: list[DemoUser], parent: QWidget | None = None) -> None:
        super().__init__(len(users), 3, parent)
        self._users = users
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.cellClicked.connect(lambda row, _column: self.sig_user_picked.emit(self._users[row]))
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Username"), self.tr("Role"), self.tr("Sees prices")])
        roles = {
            "buyer": self.tr("Places orders"),
            "approver": self.tr("Places orders, approver"),
            "requester": self.tr("Orders for approval"),
            "staff": self.tr("Lumen staff"),
        }
        for row, user in enumerate(self._users):
            prices = self.tr("Yes") if user.sees_prices else self.tr("No")
            cells = (user.username, roles.get(user.role, user.role), prices)
            for column, value in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(value))

    def pick(self, username: str) -> None:
        """Clicks the row of ``username`` (keyboard users and tests)."""
        for row, user in enumerate(self._users):
            if user.username == username:
                self.selectRow(row)
                self.sig_user_picked.emit(user)
