"""Order templates: named lists of lines shared by every user of a customer account.

Any user of the customer may read, use, rename, change or delete the customer's templates (a contractor's
crews reuse one another's lists); ``owner`` records who saved one. Another customer's template answers 404.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from lumen_server.approvals.models import ApprovalRequest
from lumen_server.approvals.service import pending_for_approver
from lumen_server.auth.models import User
from lumen_server.cart.lines import LineIn, resolve_lines
from lumen_server.cart.priced import priced_lines_json
from lumen_server.cart.service import cart_for, cart_lines
from lumen_server.catalog.models import Product
from lumen_server.core.db import utcnow
from lumen_server.core.errors import ApiError
from lumen_server.core.i18n import Language, translate
from lumen_server.orders.service import person_json
from lumen_server.templates.models import OrderTemplate, TemplateLine


def _template_lines(lines: Sequence[tuple[Product, int]]) -> list[TemplateLine]:
    return [
        TemplateLine(product_id=product.id, product=product, quantity=quantity, position=position)
        for position, (product, quantity) in enumerate(lines)
    ]


def _resolved(session: Session, lines: Sequence[LineIn]) -> list[tuple[Product, int]]:
    if not lines:
        raise ApiError(422, "no_lines", field="lines")
    return resolve_lines(session, lines=lines)


def create_template(
    session: Session, *, user: User, name: str, lines: Sequence[LineIn] | None, from_cart: bool
) -> OrderTemplate:
    """A template from the given lines, or from the products of the cart still for sale."""
    if from_cart and lines is not None:
        raise ApiError(422, "lines_or_from_cart", field="from_cart")
    if from_cart:
        resolved = [(p, q) for p, q in cart_lines(cart_for(session, user=user)) if not p.deleted]
        if not resolved:
            raise ApiError(422, "cart_empty", field="from_cart")
    elif lines is None:
        raise ApiError(422, "field_required", field="lines")
    else:
        resolved = _resolved(session, lines)
    assert user.customer_id is not None
    template = OrderTemplate(
        customer_id=user.customer_id, owner_id=user.id, owner=user, name=name, lines=_template_lines(resolved)
    )
    session.add(template)
    session.flush()
    return template


def get_template(session: Session, *, user: User, template_id: int) -> OrderTemplate:
    template = session.get(OrderTemplate, template_id)
    if template is None or template.customer_id != user.customer_id:
        raise ApiError(404, "template_not_found", field="id")
    return template


def update_template(
    session: Session, *, user: User, template_id: int, name: str | None, lines: Sequence[LineIn] | None
) -> OrderTemplate:
    template = get_template(session, user=user, template_id=template_id)
    if lines is not None:
        resolved = _resolved(session, lines)
        template.lines.clear()
        session.flush()  # the old lines go before the new ones arrive
        template.lines.extend(_template_lines(resolved))
    if name is not None:
        template.name = name
    template.updated_at = utcnow()
    session.flush()
    return template


def delete_template(session: Session, *, user: User, template_id: int) -> None:
    session.delete(get_template(session, user=user, template_id=template_id))


def template_lines(template: OrderTemplate) -> list[tuple[Product, int]]:
    return [(line.product, line.quantity) for line in template.lines]


def template_json(session: Session, *, template: OrderTemplate, user: User, language: Language) -> dict[str, Any]:
    """The template with its lines at today's prices for the reader (none for a no-price user)."""
    lines, totals = priced_lines_json(session, user=user, lines=template_lines(template), language=language)
    body: dict[str, Any] = {
        "id": template.id,
        "kind": "template",
        "name": template.name,
        "owner": person_json(template.owner),
        "created_at": template.created_at.isoformat(),
        "updated_at": template.updated_at.isoformat(),
        "lines": lines,
        "line_count": len(lines),
    }
    if totals is not None:
        body |= totals
    return body


def _request_name(request: ApprovalRequest, language: Language) -> str:
    return translate(
        "approval_request_template_name",
        language,
        name=request.requester.full_name,
        date=request.created_at.date().isoformat(),
    )


def template_entries(session: Session, *, user: User, language: Language) -> list[dict[str, Any]]:
    """``GET /templates``: the pending approval requests addressed to the user first, then the templates by name."""
    entries: list[dict[str, Any]] = [
        {
            "kind": "approval_request",
            "approval_id": request.id,
            "name": _request_name(request, language),
            "line_count": len(request.lines),
            "updated_at": request.updated_at.isoformat(),
            "owner": person_json(request.requester),
        }
        for request in pending_for_approver(session, approver=user)
    ]
    templates = session.scalars(
        select(OrderTemplate)
        .where(OrderTemplate.customer_id == user.customer_id)
        .options(selectinload(OrderTemplate.lines))
        # Case-insensitive on both databases (SQLite compares bytes, PostgreSQL follows its collation).
        .order_by(func.lower(OrderTemplate.name), OrderTemplate.name, OrderTemplate.id)
    ).unique()
    entries += [
        {
            "kind": "template",
            "id": template.id,
            "name": template.name,
            "line_count": len(template.lines),
            "updated_at": template.updated_at.isoformat(),
            "owner": person_json(template.owner),
        }
        for template in templates
    ]
    return entries
