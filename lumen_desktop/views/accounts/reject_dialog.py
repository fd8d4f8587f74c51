"""Staff's "Reject…" of an account request: the reason is e-mailed to the person who asked (the layout, checks
and failures are ``ReasonDialog``'s).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ...api import AccountRequest
from ...context import AppContext
from ...i18n import Retranslating
from ...widgets.reason_dialog import ReasonDialog


class RejectAccountRequestDialog(Retranslating, ReasonDialog):
    def __init__(self, ctx: AppContext, request: AccountRequest, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._request = request
        self.retranslate()

    def retranslate(self) -> None:
        request = self._request
        self.set_texts(
            title=self.tr("Reject account request"),
            intro=self.tr("Why is the request of %1 (%2) rejected? The reason is e-mailed to them.")
            .replace("%1", f"{request.first_name} {request.last_name}")
            .replace("%2", request.email),
            action=self.tr("Reject request"),
        )

    def rejection(self, reason: str) -> Callable[[], None]:
        client, request_id = self._ctx.client, self._request.id
        return lambda: client.account_requests.reject(request_id, reason)
