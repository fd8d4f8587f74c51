"""The list of approval requests: the approver's inbox, or the requester's "My requests".

``ApprovalListModel(ctx, role="approver")`` loads ``GET /approvals?role=&status=`` (``ServiceListModel``). Its columns
depend on the role and on ``me.can_see_prices``: the total column exists only for a user who may see prices.

- approver: requester (and "for Marie Tremblay" when I stand in for her), date, waiting, lines, PO / job, status,
  [total]; oldest first, the one that has waited longest highlighted
- requester: date, status, waiting (while pending), approver, lines, order (number when approved), reason (when
  rejected), [total]

The service answers the whole (short) list at once, so there is no lazy paging here. ``ApprovalItemRole`` gives
a row's ``api.Approval``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from lumen_desktop import permissions

from ..api import Approval
from ..api.approvals import ApprovalRole as Role
from ..api.approvals import ApprovalStatus
from ..code_words import QT_TRANSLATE_NOOP, CodeWords
from ..context import AppContext
from ..style import brush
from .service_list import ServiceListModel
from .waiting import waiting_text

ApprovalItemRole = Qt.ItemDataRole.UserRole + 1
STATUSES: tuple[ApprovalStatus, ...] = ("pending", "approved", "rejected", "cancelled")


STATUS_WORDS = CodeWords(
    "ApprovalStatus",
    {
        "pending": QT_TRANSLATE_NOOP("ApprovalStatus", "Pending"),
        "approved": QT_TRANSLATE_NOOP("ApprovalStatus", "Approved"),
        "rejected": QT_TRANSLATE_NOOP("ApprovalStatus", "Rejected"),
        "cancelled": QT_TRANSLATE_NOOP("ApprovalStatus", "Cancelled"),
    },
)


status_text = STATUS_WORDS.text
"""A request status in the user's language (an unknown one as the service wrote it)."""


class ApprovalListModel(ServiceListModel[Approval]):
    RIGHT_ALIGNED_COLUMNS = frozenset({"lines", "total"})
    COLUMN_TITLES = CodeWords(
        "ApprovalListModel",
        {
            "requester": QT_TRANSLATE_NOOP("ApprovalListModel", "Requested by"),
            "approver": QT_TRANSLATE_NOOP("ApprovalListModel", "Approver"),
            "date": QT_TRANSLATE_NOOP("ApprovalListModel", "Date"),
            "waiting": QT_TRANSLATE_NOOP("ApprovalListModel", "Waiting"),
            "lines": QT_TRANSLATE_NOOP("ApprovalListModel", "Lines"),
            "po_job": QT_TRANSLATE_NOOP("ApprovalListModel", "PO / job"),
            "status": QT_TRANSLATE_NOOP("ApprovalListModel", "Status"),
            "order": QT_TRANSLATE_NOOP("ApprovalListModel", "Order"),
            "reason": QT_TRANSLATE_NOOP("ApprovalListModel", "Reason"),
            "total": QT_TRANSLATE_NOOP("ApprovalListModel", "Total"),
        },
    )

    def __init__(self, ctx: AppContext, role: Role, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._role: Role = role
        self._status: ApprovalStatus | None = "pending" if role == "approver" else None
        if role == "approver":
            self._columns = ["requester", "date", "waiting", "lines", "po_job", "status"]
        else:
            self._columns = ["date", "status", "waiting", "approver", "lines", "order", "reason"]
        if permissions.can_see_prices(ctx.me):
            self._columns.append("total")
        ctx.i18n.sig_language_changed.connect(self._on_language_changed)
        self.redraw_every_minute()  # "Waiting 3 h" moves on

    # --- loading ------------------------------------------------------------------------------------------------
    @property
    def status(self) -> ApprovalStatus | None:
        return self._status

    def set_status(self, status: ApprovalStatus | None) -> None:
        """Shows only requests in ``status`` (None: all) and reloads."""
        self._status = status
        self.load()

    def fetch(self) -> Callable[[], list[Approval]]:
        client, role, status = self._ctx.client, self._role, self._status
        return lambda: client.approvals.list(role, status)

    def take(self, rows: list[Approval]) -> None:
        if self._role == "approver":
            # The inbox by waiting time: pending ones first, the one that has waited longest on top.
            self._rows = sorted(rows, key=lambda a: (a.status != "pending", a.created_at is None, a.created_at))
        else:
            self._rows = sorted(rows, key=lambda a: (a.created_at is None, a.created_at), reverse=True)

    # --- access -------------------------------------------------------------------------------------------------
    def approval(self, row: int) -> Approval:
        return self._rows[row]

    def row_of(self, approval_id: str) -> int | None:
        return next((row for row, a in enumerate(self._rows) if a.id == approval_id), None)

    # --- Qt model -----------------------------------------------------------------------------------------------
    def cell(self, row: int, key: str, role: int) -> Any:
        approval = self._rows[row]
        if role == ApprovalItemRole:
            return approval
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._ctx.formatter.datetime(approval.created_at) if key == "date" else self.display(approval, key)
        if role == Qt.ItemDataRole.BackgroundRole and self.is_oldest(row):
            return brush("overdue")
        if role == Qt.ItemDataRole.FontRole and self.is_oldest(row):
            bold = QFont()  # also seen when the row is selected, which hides its background
            bold.setBold(True)
            return bold
        return None

    def is_oldest(self, row: int) -> bool:
        """Whether the row is the approver's pending request that has waited longest (shown highlighted)."""
        return self._role == "approver" and row == 0 and self._rows[0].status == "pending"

    def _for_whom(self, approval: Approval) -> str:
        """The approver a request is addressed to, when it is not me (I stand in, or it was offered to me)."""
        me = self._ctx.me
        approver = approval.approver
        if me is None or approver is None or not approver.username or approver.username == me.username:
            return ""
        return approver.full_name

    def display(self, approval: Approval, key: str) -> str:
        fmt = self._ctx.formatter
        if key == "requester":
            name = approval.requester.full_name if approval.requester else ""
            for_whom = self._for_whom(approval)
            return self.tr("%1 (for %2)").replace("%1", name).replace("%2", for_whom) if for_whom else name
        if key == "waiting":
            return waiting_text(approval.created_at) if approval.status == "pending" else ""
        if key == "approver":
            return approval.approver.full_name if approval.approver else ""
        if key == "date":
            return fmt.moment(approval.created_at)
        if key == "lines":
            return fmt.number(approval.line_count)
        if key == "po_job":
            return " / ".join(part for part in (approval.po_number, approval.job_name) if part)
        if key == "status":
            return status_text(approval.status)
        if key == "order":
            return approval.order_number or ""
        if key == "reason":
            return (approval.reason or "") if approval.status == "rejected" else ""
        return fmt.money(approval.total)  # "total"
