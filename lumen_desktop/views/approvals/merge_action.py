"""The inbox's "Place as one order…": several pending requests selected in the list become one order.

Enabled when two or more pending requests are selected. The ``MergeDialog`` asks for shipping, PO number and job
name; the order is placed with an ``Idempotency-Key`` made once per attempt and reused by its retries, so a
retry after a lost answer never places twice. The service refuses it all (409, naming the request) when one of
them was decided or changed meanwhile: the dialog shows why and the list reloads; nothing was placed.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import uuid4

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget

from ...api import Approval, Order
from ...context import AppContext
from ...models.approval_list import ApprovalListModel
from ...ops import Op
from ...style import set_role
from .merge_dialog import MergeDialog


class MergeAction(QObject):
    sig_placed = Signal(object)
    """The selected requests were placed as one order (api.Order)."""
    sig_dialog_opened = Signal(object)
    """The ``MergeDialog`` is open."""

    def __init__(self, ctx: AppContext, model: ApprovalListModel, table: QTableView, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._model, self._table, self._parent = ctx, model, table, parent
        self._key: str | None = None  # one per attempt, reused when retrying it
        self._outcome_text: Callable[[], str] | None = None
        self._chosen: list[Approval] = []
        self.dialog: MergeDialog | None = None
        self.button = QPushButton()
        self.button.setObjectName("mergeRequests")
        self.button.setEnabled(False)
        self.button.clicked.connect(self.open_dialog)
        self.outcome = QLabel()
        set_role(self.outcome, "success")
        self.outcome.hide()
        table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        model.modelReset.connect(self._update)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Place as &one order…"))
        self.button.setToolTip(
            self.tr("Select two or more pending requests (Ctrl+click) to place them together as one order")
        )
        if self._outcome_text is not None:
            self.outcome.setText(self._outcome_text())

    def selected(self) -> list[Approval]:
        """The selected requests, in the list's order."""
        rows = sorted(index.row() for index in self._table.selectionModel().selectedRows())
        return [self._model.approval(row) for row in rows if row < self._model.rowCount()]

    def _update(self) -> None:
        chosen = self.selected()
        self.button.setEnabled(len(chosen) >= 2 and all(a.status == "pending" for a in chosen))

    def open_dialog(self) -> None:
        chosen = self.selected()
        if len(chosen) < 2:
            return
        first = chosen[0]
        self._key = None
        self._chosen = chosen
        first_sku = first.lines[0].sku if first.lines else None
        dialog = MergeDialog(
            self._ctx, len(chosen), first.po_number or "", first.job_name or "", first_sku, self._parent
        )
        dialog.sig_submitted.connect(self._place)
        self.dialog = dialog
        dialog.open()
        self.sig_dialog_opened.emit(dialog)

    def _place(self, shipping: dict[str, object], po_number: str, job_name: str) -> None:
        if self._key is None:
            self._key = uuid4().hex
        client, key = self._ctx.client, self._key
        requests = [(a.id, a.version) for a in self._chosen]
        Op(
            self,
            lambda: client.talk.merge(requests, shipping, key, po_number or None, job_name or None),
            self._placed,
        ).on_failure(self._failed).run()

    def _placed(self, order: Order) -> None:
        count = len(self._chosen)
        self._key = None
        if self.dialog is not None:
            self.dialog.accept()
        self._outcome_text = lambda: self.tr("%n request(s) placed as order %1.", "", count).replace("%1", order.number)
        self.outcome.setText(self._outcome_text())
        self.outcome.show()
        self._ctx.sig_orders_changed.emit()
        self._model.load()
        self.sig_placed.emit(order)

    def _failed(self, exc: Exception) -> None:
        if self.dialog is not None:
            self.dialog.show_error(exc)
        if getattr(exc, "status", None) == 409:
            self._model.load()  # one was decided or changed meanwhile: show the list as it is now
