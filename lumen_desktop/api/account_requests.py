"""Account requests: the public request form, and the staff queue (list, approve, reject).

``approve`` answers the generated username only — the one-time password is e-mailed, never returned.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from .base import CallGroup, seg
from .model import ApiModel, items_of
from .types import AccountRequest

Permission = Literal["place_orders", "order_for_approval", "place_orders_up_to"]
Channel = Literal["web", "cmeq", "acceo"]


class Approved(ApiModel):
    username: str


class AccountRequestCalls(CallGroup):
    def submit(
        self,
        customer_number: str,
        first_name: str,
        last_name: str,
        email: str,
        language: str,
        permission: Permission,
        can_see_prices: bool,
        approver_email: str | None = None,
        channel: Channel = "web",
        order_limit: Decimal | None = None,
    ) -> AccountRequest:
        """``POST /account-requests`` (public, no sign-in needed); a refused request is a 422 naming the field."""
        body: dict[str, Any] = {
            "customer_number": customer_number,
            "first_name": first_name,
            "last_name": last_name,
            "email": email,
            "language": language,
            "permission": permission,
            "can_see_prices": can_see_prices,
            "channel": channel,
        }
        if approver_email:
            body["approver_email"] = approver_email
        if order_limit is not None:
            body["order_limit"] = str(order_limit)
        response = self._client.request("POST", "/account-requests", json=body, auth=False)
        # The service answers what it adds (id, status, created_at...) to the request as it was sent.
        created = response.json()
        return AccountRequest.from_json({**body, **created} if isinstance(created, dict) else created)

    def list(self, status: str | None = "pending") -> list[AccountRequest]:
        """Staff: ``GET /account-requests?status=``."""
        data = self._client.get_json("/account-requests", {"status": status})
        return [AccountRequest.from_json(r) for r in items_of(data)]

    def approve(self, request_id: str) -> str:
        """Staff: creates the user; answers the generated username."""
        data = self._client.send_json("POST", f"/account-requests/{seg(request_id)}/approve")
        return Approved.from_json(data).username

    def reject(self, request_id: str, reason: str) -> None:
        """Staff: rejects with a reason (required)."""
        self._client.send_json("POST", f"/account-requests/{seg(request_id)}/reject", {"reason": reason})
