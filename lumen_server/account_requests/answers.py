"""Account requests as the API answers them, with how long each has waited against the 72-hour promise."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.account_requests.models import AccountRequest
from lumen_server.account_requests.service import promised_by
from lumen_server.auth.models import User
from lumen_server.core.db import utcnow
from lumen_server.core.money import money


def created_json(request: AccountRequest) -> dict[str, Any]:
    return {
        "id": request.id,
        "status": request.status,
        "created_at": request.created_at.isoformat(),
        "promised_by": promised_by(request).isoformat(),
    }


def requests_json(
    session: Session, *, requests: Sequence[AccountRequest], now: datetime | None = None
) -> list[dict[str, Any]]:
    now = now or utcnow()
    user_ids = {r.approver_id for r in requests} | {r.user_id for r in requests}
    users = {user.id: user for user in session.scalars(select(User).where(User.id.in_({i for i in user_ids if i})))}
    items = []
    for request in requests:
        approver = users.get(request.approver_id or 0)
        created = users.get(request.user_id or 0)
        waited_until = request.decided_at or now
        items.append(
            created_json(request)
            | {
                "customer_number": request.customer.number,
                "customer_name": request.customer.name,
                "first_name": request.first_name,
                "last_name": request.last_name,
                "email": request.email,
                "language": request.language,
                "permission": request.permission,
                "can_see_prices": request.can_see_prices,
                "approver_email": approver.email if approver else None,
                "approver_name": approver.full_name if approver else None,
                "order_limit": money(request.order_limit) if request.order_limit is not None else None,
                "channel": request.channel,
                "waited_hours": int((waited_until - request.created_at).total_seconds() // 3600),
                "overdue": request.status == "pending" and now > promised_by(request),
                "decided_at": request.decided_at.isoformat() if request.decided_at else None,
                "reject_reason": request.reject_reason,
                "username": created.username if created else None,
            }
        )
    return items
