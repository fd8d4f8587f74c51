"""The list of demo accounts shown by the sign-in dialog in demo mode; a click picks one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..context import DemoUser
from ..i18n import Retranslating
from .tables import set_up_rows


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
        set_up_rows(self)
        # Six short rows: measured whole, and the dialog is as wide and tall as they are (nothing to scroll).
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cellClicked.connect(lambda row, _column: self.sig_user_picked.emit(self._users[row]))
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Username"), self.tr("Role"), self.tr("Sees prices")])
        roles = {
            "buyer": self.tr("Places orders"),
            "approver": self.tr("Places orders, approver"),
            "requester": self.tr("Orders for approval"),
            "limited": self.tr("Places orders up to a limit"),
            "staff": self.tr("Lumen staff"),
        }
        for row, user in enumerate(self._users):
            prices = self.tr("Yes") if user.sees_prices else self.tr("No")
            cells = (user.username, roles.get(user.role, user.role), prices)
            for column, value in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(value))
        self._fit()

    def _fit(self) -> None:
        """As wide as the widest texts and as tall as every row, in the current language."""
        self.ensurePolished()
        header = self.horizontalHeader()
        header.ensurePolished()
        columns = sum(max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in range(self.columnCount()))
        frame = 2 * self.frameWidth()
        self.setMinimumWidth(columns + frame + 4)
        rows = self.verticalHeader().defaultSectionSize() * self.rowCount()
        self.setFixedHeight(header.sizeHint().height() + rows + frame)

    def pick(self, username: str) -> None:
        """Clicks the row of ``username`` (keyboard users and tests)."""
        for row, user in enumerate(self._users):
            if user.username == username:
                self.selectRow(row)
                self.sig_user_picked.emit(user)
