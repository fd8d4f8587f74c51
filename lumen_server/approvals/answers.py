"""Approval requests as the API answers them (JSON data for `core.answers.for_viewer`); amounts only for a viewer
who may see prices (invariant 1)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.approvals.changes import line_changes
from lumen_server.approvals.models import ApprovalEvent, ApprovalRequest, current_lines, requested_lines
from lumen_server.auth.models import User
from lumen_server.auth.permissions import can_see_prices
from lumen_server.cart.priced import line_json, priced_lines_json, product_name
from lumen_server.catalog.pricing import net_prices
from lumen_server.core.i18n import Language
from lumen_server.core.money import extended, money, totals
from lumen_server.orders.models import Order


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _order_numbers(session: Session, requests: Sequence[ApprovalRequest]) -> dict[int, str]:
    ids = [r.order_id for r in requests if r.order_id is not None]
    if not ids:
        return {}
    return {
        order_id: number
        for order_id, number in session.execute(select(Order.id, Order.number).where(Order.id.in_(ids)))
    }


def _person(user: User | None) -> dict[str, str] | None:
    return {"username": user.username, "full_name": user.full_name} if user is not None else None


def _people(request: ApprovalRequest) -> dict[str, Any]:
    requester, approver = request.requester, request.approver
    return {
        "requester": {"username": requester.username, "full_name": requester.full_name},
        "approver": {"username": approver.username, "full_name": approver.full_name, "email": approver.email},
    }


def _common(request: ApprovalRequest, order_number: str | None) -> dict[str, Any]:
    return {
        "id": request.id,
        "status": request.status,
        "created_at": _iso(request.created_at),
        "updated_at": _iso(request.updated_at),
        "decided_at": _iso(request.decided_at),
        "version": request.version,
        **_people(request),
        "po_number": request.po_number,
        "job_name": request.job_name,
        "order_number": order_number,
        "reject_reason": request.reject_reason,
        "line_count": len(request.lines),
        "tier": request.tier,
        "first_approver": _person(request.first_approver),
    }


def approval_summaries_json(
    session: Session, *, requests: Sequence[ApprovalRequest], user: User, language: Language
) -> list[dict[str, Any]]:
    """List items; with prices, each request's ``total`` at today's net prices (one price query for the list)."""
    numbers = _order_numbers(session, requests)
    items = [_common(request, numbers.get(request.order_id or 0)) for request in requests]
    if not can_see_prices(user) or user.customer is None:
        return items
    products = {line.product.id: line.product for request in requests for line in request.lines}
    prices = net_prices(session, customer_id=user.customer.id, products=products.values())
    for item, request in zip(items, requests, strict=True):
        amounts: list[Decimal] = [
            extended(line.quantity, prices[line.product.id], line.product.price_unit) for line in request.lines
        ]
        item["total"] = money(totals(amounts, province=user.customer.province, language=language).total)
    return items


def _history(events: Sequence[ApprovalEvent]) -> list[dict[str, Any]]:
    return [
        {
            "action": event.kind,
            "at": _iso(event.at),
            "version": event.version,
            "actor": {"username": event.actor.username, "full_name": event.actor.full_name},
            "details": event.details,
        }
        for event in events
    ]


def approval_json(session: Session, *, request: ApprovalRequest, user: User, language: Language) -> dict[str, Any]:
    """The whole request: lines (priced for a viewer who may see prices), as requested, the changes, history."""
    now = current_lines(request)
    asked = requested_lines(request)
    lines, line_totals = priced_lines_json(session, user=user, lines=now, language=language)
    body = _common(request, _order_numbers(session, [request]).get(request.order_id or 0))
    body |= {
        "note": request.note,
        "lines": lines,
        "requested_lines": [line_json(product, quantity, language) for product, quantity in asked],
        "changes": [
            {
                "sku": change.product.sku,
                "name": product_name(change.product, language),
                "change": change.change,
                "requested_quantity": change.before,
                "quantity": change.after,
            }
            for change in line_changes(asked, now)
        ],
        "history": _history(request.events),
    }
    if line_totals is not None:
        body |= line_totals
    return body
