"""The top of a request, shared by the approver's editor and the requester's details: who sent it, when, its
status (with the order number once approved, the reason once rejected), the approver and the requester's note.
With ``read_only_details`` the PO number and job name are shown too (the editor has inputs for them instead).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from ...api import Approval
from ...context import AppContext
from ...i18n import Retranslating
from ...models.approval_list import status_text
from ...widgets.value_rows import ValueRows


class RequestHeader(Retranslating, QWidget):
    FIELDS = ("requester", "date", "status", "approver", "note", "po_number", "job_name")

    def __init__(self, ctx: AppContext, read_only_details: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._approval: Approval | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.rows = ValueRows(form, self.FIELDS if read_only_details else self.FIELDS[:5])
        self.values = self.rows.values
        self.retranslate()

    def retranslate(self) -> None:
        captions = {
            "requester": self.tr("Requested by"),
            "date": self.tr("Sent on"),
            "status": self.tr("Status"),
            "approver": self.tr("Approver"),
            "note": self.tr("Note from the requester"),
            "po_number": self.tr("PO number"),
            "job_name": self.tr("Job name"),
        }
        self.rows.set_captions(captions)
        self.set_approval(self._approval)

    def set_approval(self, approval: Approval | None) -> None:
        self._approval = approval
        self.rows.set_values(self._texts(approval) if approval is not None else {})

    def status_line(self, approval: Approval) -> str:
        status = status_text(approval.status)
        if approval.status == "approved" and approval.order_number:
            return self.tr("%1 — order %2").replace("%1", status).replace("%2", approval.order_number)
        if approval.status == "rejected" and approval.reason:
            return self.tr("%1 — reason: %2").replace("%1", status).replace("%2", approval.reason)
        return status

    def _texts(self, approval: Approval) -> dict[str, str]:
        return {
            "requester": approval.requester.full_name if approval.requester else "",
            "date": self._ctx.formatter.datetime(approval.created_at),
            "status": self.status_line(approval),
            "approver": approval.approver.full_name if approval.approver else "",
            "note": approval.note or self.tr("(no note)"),
            "po_number": approval.po_number or "—",
            "job_name": approval.job_name or "—",
        }
