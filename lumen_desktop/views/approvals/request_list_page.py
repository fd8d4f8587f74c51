"""What the approver's inbox and the requester's "My requests" have alike: a list of approval requests
(``ApprovalListModel`` in one role) under a title and a status filter, a line saying when none has the chosen
status, a message line; the list reloads when the page is shown and whenever the inbox summary changes.

Each page adds its table, actions and layout, and words its title and empty line (``retranslate``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from ...api.approvals import ApprovalRole
from ...context import AppContext
from ...i18n import Retranslating
from ...models.approval_list import ApprovalListModel
from ...notifications import InboxPoller
from ...widgets.field_error import FieldError
from .status_filter import StatusFilter


class RequestListPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, role: ApprovalRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = ApprovalListModel(ctx, role, self)
        self.title, self.filter_label = QLabel(), QLabel()
        self.status_filter = StatusFilter(self.model.status)
        self.status_filter.sig_status_chosen.connect(self.model.set_status)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = FieldError()
        self.model.sig_loaded.connect(self._loaded)
        InboxPoller.of(ctx).sig_summary_changed.connect(self._on_summary_changed)

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Show:"))

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
