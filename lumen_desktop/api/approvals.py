"""Approval requests (approver inbox and requester's "My requests") and the cheap inbox summary poll.

- ``edit`` needs the ``version`` the request was read at; a stale one is ``ApiError`` 409 ``version_conflict``
  (reload with ``get`` and show what changed — nothing was overwritten).
- ``approve`` needs a caller-made ``idempotency_key`` (one per "Approve and place order" intent).
- ``InboxCalls.summary(etag)`` answers None when nothing changed since ``etag`` (HTTP 304).
"""

from __future__ import annotations

import builtins  # the method ``list`` hides the type inside the class
from typing import Any, Literal

from .base import CallGroup, given, placing, seg
from .cart import LineInput
from .model import items_of
from .types import InboxSummary
from .types_orders import Approval, Order

ApprovalStatus = Literal["pending", "approved", "rejected", "cancelled"]
ApprovalRole = Literal["approver", "requester"]


class ApprovalCalls(CallGroup):
    def list(self, role: ApprovalRole, status: ApprovalStatus | None = None) -> list[Approval]:
        """``GET /approvals?status=&role=``: addressed to me (approver) or sent by me (requester)."""
        data = self._client.get_json("/approvals", {"role": role, "status": status})
        return [Approval.from_json(a) for a in items_of(data)]

    def get(self, approval_id: str) -> Approval:
        """``GET /approvals/{id}``: lines, requester, note, status, history and ``version``."""
        return Approval.from_json(self._client.get_json(f"/approvals/{seg(approval_id)}"))

    def edit(
        self,
        approval_id: str,
        version: str,
        lines: builtins.list[LineInput] | None = None,
        po_number: str | None = None,
        job_name: str | None = None,
    ) -> Approval:
        """``PATCH /approvals/{id}`` with ``If-Match: "<version>"``; answers the request with its new version."""
        body = given(lines=lines, po_number=po_number, job_name=job_name)
        data = self._client.send_json("PATCH", f"/approvals/{seg(approval_id)}", body, {"If-Match": f'"{version}"'})
        return Approval.from_json(data)

    def approve(
        self,
        approval_id: str,
        shipping: dict[str, Any],
        idempotency_key: str,
        po_number: str | None = None,
        job_name: str | None = None,
    ) -> Order | Approval:
        """``POST /approvals/{id}/approve``: places the order (201) and e-mails the requester; over the customer's
        second-tier rule, passes the request on to the second approver instead (202: the request)."""
        body = placing(shipping, po_number, job_name)
        response = self._client.request(
            "POST", f"/approvals/{seg(approval_id)}/approve", json=body, headers={"Idempotency-Key": idempotency_key}
        )
        if response.status_code == 202:
            return Approval.from_json(response.json())
        return Order.from_json(response.json())

    def reject(self, approval_id: str, reason: str) -> Approval | None:
        """``POST /approvals/{id}/reject`` with a required, non-empty reason."""
        data = self._client.send_json("POST", f"/approvals/{seg(approval_id)}/reject", {"reason": reason})
        return None if data is None else Approval.from_json(data)

    def cancel(self, approval_id: str) -> Approval | None:
        """``POST /approvals/{id}/cancel`` (requester, while pending)."""
        data = self._client.send_json("POST", f"/approvals/{seg(approval_id)}/cancel")
        return None if data is None else Approval.from_json(data)


class InboxCalls(CallGroup):
    def summary(self, etag: str | None = None) -> InboxSummary | None:
        """``GET /inbox/summary`` with ``If-None-Match``; None when unchanged (304). Pass the previous
        summary's ``etag`` back as is."""
        headers = {"If-None-Match": etag} if etag else None
        response = self._client.request("GET", "/inbox/summary", headers=headers, ok=(304,))
        if response.status_code == 304:
            return None
        return InboxSummary.from_answer(response.json(), etag=response.headers.get("ETag"))

    def mark_seen(self) -> InboxSummary | None:
        """``POST /inbox/seen``: the requester has seen their decided requests, so
        ``my_decided_since_last_seen`` starts again from zero; answers the new summary."""
        response = self._client.request("POST", "/inbox/seen")
        if not response.content:
            return None
        return InboxSummary.from_answer(response.json(), etag=response.headers.get("ETag"))
