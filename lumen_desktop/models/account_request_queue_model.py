"""Staff's queue of pending account requests (``GET /account-requests?status=pending``), oldest first.

Each row says how long the request has waited against Lumen's 72-hour promise ("51 h of 72 h"); a request past
72 hours is overdue: ``OVERDUE_ROLE`` is True and the row gets a red background. The waits are recomputed every
minute (``tick``) without refetching. ``load()`` fetches through an ``Op`` (``sig_loaded`` / ``sig_load_failed``,
``ServiceListModel``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt

from ..api import AccountRequest
from ..code_words import QT_TRANSLATE_NOOP, CodeWords
from ..context import AppContext
from ..style import brush
from .keyed_table import Index
from .service_list import ServiceListModel

REQUEST_ROLE = Qt.ItemDataRole.UserRole
"""The row's ``api.AccountRequest``."""
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1
"""True when the request has waited more than the promised 72 hours."""
PROMISED_HOURS = 72


def hours_waited(request: AccountRequest, now: datetime | None = None) -> int:
    """Whole hours since the request arrived, counted on (so the view can tick), else the service's own count."""
    if request.created_at is None:
        return request.waited_hours or 0
    created = request.created_at if request.created_at.tzinfo else request.created_at.replace(tzinfo=UTC)
    seconds = ((now or datetime.now(UTC)) - created).total_seconds()
    return max(0, int(seconds // 3600))


class AccountRequestQueueModel(ServiceListModel[AccountRequest]):
    COLUMNS = ("customer", "name", "email", "permission", "prices", "approver", "channel", "received", "waited")
    COLUMN_TITLES = CodeWords(
        "AccountRequestQueueModel",
        {
            "customer": QT_TRANSLATE_NOOP("AccountRequestQueueModel", "Customer"),
            "name": QT_TRANSLATE_NOOP("AccountRequestQueueModel", "Name"),
            "email": QT_TRANSLATE_NOOP("AccountRequestQueueModel", "E-mail"),
            "permission": QT_TRANSLATE_NOOP("AccountRequestQueueModel", "Permission"),
            "prices": QT_TRANSLATE_NOOP("AccountRequestQueueModel", "Sees prices"),
            "approver": QT_TRANSLATE_NOOP("AccountRequestQueueModel", "Approver"),
            "channel": QT_TRANSLATE_NOOP("AccountRequestQueueModel", "Channel"),
            "received": QT_TRANSLATE_NOOP("AccountRequestQueueModel", "Received"),
            "waited": QT_TRANSLATE_NOOP("AccountRequestQueueModel", "Waited"),
        },
    )

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent, columns=self.COLUMNS)
        self._ctx = ctx
        self._processed: dict[str, str] = {}  # request id → what became of it, shown until the next load
        self.redraw_every_minute()
        # A bound method, not a lambda: Qt drops the connection when the model is destroyed with its page.
        ctx.i18n.sig_language_changed.connect(self._on_language_changed)

    def fetch(self) -> Callable[[], list[AccountRequest]]:
        client = self._ctx.client
        return lambda: client.account_requests.list("pending")

    def take(self, rows: list[AccountRequest]) -> None:
        self._processed = {}
        self._rows = sorted(rows, key=lambda r: r.created_at.timestamp() if r.created_at else float("inf"))

    def request_at(self, row: int) -> AccountRequest:
        return self._rows[row]

    def requests(self) -> list[AccountRequest]:
        """Every row, processed ones included (row order)."""
        return list(self._rows)

    def pending_requests(self) -> list[AccountRequest]:
        """The rows still waiting for staff."""
        return [r for r in self._rows if r.id not in self._processed]

    def is_processed(self, row: int) -> bool:
        return self._rows[row].id in self._processed

    def mark_processed(self, request_id: str, outcome: str) -> None:
        """Keeps a processed request listed, greyed and no longer selectable, saying ``outcome`` ("Approved —
        username …"), until the queue is loaded again: staff see what they just did."""
        for row, request in enumerate(self._rows):
            if request.id == request_id:
                self._processed[request_id] = outcome
                self.redraw_row(row)
                return

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self.is_processed(index.row()):
            return Qt.ItemFlag.NoItemFlags  # drawn greyed by the style; nothing left to do with it
        return super().flags(index)

    def remove(self, request_id: str) -> None:
        """Takes a processed request out of the queue."""
        for row, request in enumerate(self._rows):
            if request.id == request_id:
                self.remove_row(row)
                return

    def is_overdue(self, row: int) -> bool:
        request = self._rows[row]
        if request.created_at is None and request.overdue is not None:
            return request.overdue
        return hours_waited(request) >= PROMISED_HOURS

    # --- Qt model -----------------------------------------------------------------------------------------------
    def cell(self, row: int, key: str, role: int) -> Any:
        request = self._rows[row]
        if role == REQUEST_ROLE:
            return request
        outcome = self._processed.get(request.id)
        if outcome is not None:
            return outcome if role == Qt.ItemDataRole.ToolTipRole and key == "waited" else None
        if role == OVERDUE_ROLE:
            return self.is_overdue(row)
        if role == Qt.ItemDataRole.BackgroundRole and self.is_overdue(row):
            return brush("problem")
        if role == Qt.ItemDataRole.ForegroundRole and self.is_overdue(row):
            return brush("problem_text")
        if role == Qt.ItemDataRole.ToolTipRole and key == "waited" and self.is_overdue(row):
            return self.tr("Past the 72-hour promise: process this request first.")
        return None

    def display(self, request: AccountRequest, key: str) -> str:
        outcome = self._processed.get(request.id)
        if outcome is not None and key == "waited":
            return outcome
        fmt = self._ctx.formatter
        if key == "customer":
            name = request.customer_name
            return f"{request.customer_number} — {name}" if name else request.customer_number
        if key == "name":
            return f"{request.first_name} {request.last_name}".strip()
        if key == "email":
            return request.email
        if key == "permission":
            if request.permission == "order_for_approval":
                return self.tr("Order for approval")
            if request.permission == "place_orders_up_to":
                amount = fmt.money(request.order_limit) if request.order_limit is not None else ""
                return self.tr("Place orders up to %1").replace("%1", amount)
            return self.tr("Place orders") if request.permission == "place_orders" else request.permission
        if key == "prices":
            return self.tr("Yes") if request.can_see_prices else self.tr("No")
        if key == "approver":
            return request.approver_email or ""
        if key == "channel":
            return {"web": self.tr("Web"), "cmeq": "CMEQ", "acceo": "ACCEO"}.get(request.channel, request.channel)
        if key == "received":
            return fmt.moment(request.created_at)
        return (
            self.tr("%1 h of %2 h")
            .replace("%1", fmt.number(hours_waited(request)))
            .replace("%2", fmt.number(PROMISED_HOURS))
        )
