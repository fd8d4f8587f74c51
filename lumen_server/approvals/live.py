"""Every change recorded in a request's history is also a live event for the people it concerns.

A listener on the history table (``ApprovalEvent``), so no way of changing a request can forget to tell: sent,
edited, approved, rejected, cancelled, and whatever kinds the history gains later. The event carries the request's
id, the history kind and the version it reached, nothing else (no price, no text).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, event, select
from sqlalchemy.orm import Mapper, object_session

from lumen_server.approvals.models import ApprovalEvent, ApprovalRequest
from lumen_server.events.publish import publish_on


def concerned_users(connection: Connection, approval_id: int) -> set[int]:
    """Who sees this request: its requester and the approver it is addressed to."""
    row = connection.execute(
        select(ApprovalRequest.requester_id, ApprovalRequest.approver_id).where(ApprovalRequest.id == approval_id)
    ).one_or_none()
    return set(row) if row is not None else set()


@event.listens_for(ApprovalEvent, "after_insert")
def _history_recorded(_mapper: Mapper[Any], connection: Connection, history: ApprovalEvent) -> None:
    publish_on(
        connection,
        object_session(history),
        user_ids=concerned_users(connection, history.approval_id),
        kind=history.kind,
        request_id=history.approval_id,
        version=history.version,
    )
