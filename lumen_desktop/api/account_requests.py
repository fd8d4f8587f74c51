"""Account requests: the public request form, and the staff queue (list, approve, reject).

``approve`` answers the generated username only — the one-time password is e-mailed, never returned.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from .base import CallGroup, seg
from .parsing import items, text
from .types import AccountRequest

Permission = Literal["place_orders", "order_for_approval", "place_orders_up_to"]
Channel = Literal["web", "cmeq", "acceo"]


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
        return AccountRequest.from_json(response.json())

    def list(self, status: str | None = "pending") -> list[AccountRequest]:
        """Staff: ``GET /account-requests?status=``."""
        data = self._client.get_json("/account-requests", {"status": status})
        rows = items(data, "items") if isinstance(data, dict) else items(data)
        return [AccountRequest.from_json(r) for r in rows]

    def approve(self, request_id: str) -> str:
        """Staff: creates the user; answers the generated username."""
        data = self._client.send_json("POST", f"/account-requests/{seg(request_id)}/approve")
        return text(data or {}, "username")

    def reject(self, request_id: str, reason: str) -> None:
        """Staff: rejects with a reason (required)."""
        self._client.send_json("POST", f"/account-requests/{seg(request_id)}/reject", {"reason": reason})
