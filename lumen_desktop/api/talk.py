"""Talk on a request (comments) and merging pending requests into one order.

- ``merge`` needs a caller-made ``idempotency_key`` (one per "Place as one order" intent, reused by its retries);
  a request that is no longer pending or changed answers ``ApiError`` 409 with ``field`` ``requests.<index>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .base import CallGroup, placing, seg
from .types_orders import Order
from .types_talk import Comment, CommentThread


class TalkCalls(CallGroup):
    def comments(self, approval_id: str) -> CommentThread:
        """``GET /approvals/{id}/comments``: oldest first, and whether the thread is still open."""
        return CommentThread.model_validate(self._client.get_json(f"/approvals/{seg(approval_id)}/comments"))

    def comment(self, approval_id: str, text: str) -> Comment:
        """``POST /approvals/{id}/comments``: the other side is e-mailed."""
        data = self._client.send_json("POST", f"/approvals/{seg(approval_id)}/comments", {"text": text})
        return Comment.model_validate(data)

    def merge(
        self,
        requests: Sequence[tuple[str, str]],
        shipping: dict[str, Any],
        idempotency_key: str,
        po_number: str | None = None,
        job_name: str | None = None,
    ) -> Order:
        """``POST /inbox/merge`` with each request's ``(id, version)``: one order (201), each requester told."""
        sent = [{"id": int(approval_id), "version": int(version)} for approval_id, version in requests]
        body = {"requests": sent, **placing(shipping, po_number, job_name)}
        data = self._client.send_json("POST", "/inbox/merge", body, {"Idempotency-Key": idempotency_key})
        return Order.from_json(data)
