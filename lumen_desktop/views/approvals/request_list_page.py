"""What the approver's inbox and the requester's "My requests" have alike: a table of approval requests
(``ApprovalListModel`` in one role) under a title and a status filter, a line saying when none has the chosen
status, a message line saying why the list could not be loaded; the list reloads when the page is shown and
whenever the inbox summary changes.

Each page adds its actions (``top_row`` puts them beside the filter) and layout, and words its title and empty
line (``retranslate``, through ``set_texts``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...api.approvals import ApprovalRole
from ...context import AppContext
from ...failures import show_error_beside
from ...i18n import Retranslating
from ...models.approval_list import ApprovalListModel
from ...notifications import InboxPoller
from ...style import set_role
from ...widgets.field_error import FieldError
from ...widgets.tables import ListTable
from .status_filter import StatusFilter


class RequestListPage(Retranslating, QWidget):
    def __init__(
        self, ctx: AppContext, role: ApprovalRole, parent: QWidget | None = None, *, stretch: str, state_key: str
    ) -> None:
        """``stretch``: the column taking the width left over; ``state_key``: where its column widths are kept."""
        super().__init__(parent)
        self._ctx = ctx
        self.model = ApprovalListModel(ctx, role, self)
        self.title, self.filter_label = QLabel(), QLabel()
        self.status_filter = StatusFilter(self.model.status)
        self.status_filter.sig_status_chosen.connect(self.model.set_status)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = FieldError()
        self.table = ListTable(
            self.model, stretch_column=self.model.column_of(stretch), state_key=state_key, settings=ctx.settings
        )
        self.model.sig_loaded.connect(self._loaded)
        self.model.sig_load_failed.connect(self._load_failed)
        InboxPoller.of(ctx).sig_summary_changed.connect(self._on_summary_changed)

    def top_row(self, *actions: QWidget) -> QHBoxLayout:
        """The row above the list: the title taking the room left, "Show:" and the filter, then ``actions``."""
        set_role(self.title, "title")
        self.filter_label.setBuddy(self.status_filter)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        for widget in (self.filter_label, self.status_filter, *actions):
            row.addWidget(widget)
        return row

    def set_texts(self, *, title: str, empty: str) -> None:
        """The page's words in the current language: its title, the filter's caption, the line saying none has
        the chosen status."""
        self.title.setText(title)
        self.filter_label.setText(self.tr("&Show:"))
        self.empty.setText(empty)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """F5, and whenever the inbox changed: asks the service again."""
        self.model.load()

    def _on_summary_changed(self, _summary: object) -> None:
        self.refresh()

    def _loaded(self) -> None:
        self.message.clear_message()
        self.empty.setVisible(self.model.rowCount() == 0)

    def _load_failed(self, exc: Exception) -> None:
        show_error_beside(self, exc, self.message)
