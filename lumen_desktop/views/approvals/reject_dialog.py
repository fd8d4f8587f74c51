""" "Reject…" of an approval request: ``POST /approvals/{id}/reject`` with the reason, which the requester gets by
e-mail (the layout, checks and failures are ``ReasonDialog``'s). ``sig_rejected`` carries the request as it now
stands.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ...api import Approval
from ...context import AppContext
from ...i18n import Retranslating
from ...widgets.reason_dialog import ReasonDialog


class RejectDialog(Retranslating, ReasonDialog):
    def __init__(self, ctx: AppContext, approval_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._approval_id = approval_id
        self.retranslate()

    def retranslate(self) -> None:
        self.set_texts(
            title=self.tr("Reject the request"),
            intro=self.tr("&Reason (required; the requester receives it by e-mail):"),
            action=self.tr("Reject"),
        )

    def rejection(self, reason: str) -> Callable[[], Approval | None]:
        client, approval_id = self._ctx.client, self._approval_id
        return lambda: client.approvals.reject(approval_id, reason)
