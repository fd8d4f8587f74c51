"""Placing orders and reading them back: numbering, price snapshots, and who may see which order."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from lumen_server.auth.models import User
from lumen_server.cart.priced import lines_json_at_prices
from lumen_server.catalog.models import Product
from lumen_server.catalog.pricing import net_prices
from lumen_server.core.errors import ApiError
from lumen_server.core.fields import JobName, PoNumber
from lumen_server.core.i18n import Language
from lumen_server.customers.models import Branch
from lumen_server.orders.models import Order, OrderLine


class Shipping(BaseModel):
    """How the order leaves: delivered, or picked up at a branch (its code, e.g. "MTL")."""

    model_config = ConfigDict(extra="forbid")

    method: Literal["delivery", "pickup"]
    branch: str | None = Field(default=None, max_length=20)


class PlacingIn(BaseModel):
    """How an order is placed: its PO number and job name (left out: the saved ones), and its shipping."""

    model_config = ConfigDict(extra="forbid")

    po_number: PoNumber = None
    job_name: JobName = None
    shipping: Shipping


class SavedDetails(Protocol):
    """What was saved with the lines being placed (a cart, an approval request)."""

    @property
    def po_number(self) -> str | None: ...

    @property
    def job_name(self) -> str | None: ...


def order_number(order_id: int) -> str:
    return f"C-{order_id:07d}"


def shipping_branch(session: Session, shipping: Shipping) -> Branch | None:
    """The branch named by ``shipping`` (required for a pickup; optional for a delivery)."""
    if not shipping.branch:
        if shipping.method == "pickup":
            raise ApiError(422, "branch_required", field="shipping.branch")
        return None
    branch = session.scalars(select(Branch).where(Branch.code == shipping.branch.upper())).first()
    if branch is None:
        raise ApiError(422, "unknown_branch", field="shipping.branch", branch=shipping.branch)
    return branch


def place_order(
    session: Session,
    *,
    placed_by: User,
    lines: Sequence[tuple[Product, int]],
    given: PlacingIn,
    saved: SavedDetails | None = None,
    requester: User | None = None,
) -> Order:
    """A new placed order for ``placed_by``'s customer, each line priced at that customer's net price today; the
    PO number and job name ``given``, else those ``saved`` with the lines."""
    customer = placed_by.customer
    if customer is None:
        raise ApiError(403, "customer_only")
    if not lines:
        raise ApiError(422, "cart_empty", field="lines")
    branch = shipping_branch(session, given.shipping)
    prices = net_prices(session, customer_id=customer.id, products=[product for product, _ in lines])
    order = Order(
        # The number derives from the id, which the database hands out uniquely even to concurrent writers;
        # a unique placeholder holds the NOT NULL/UNIQUE column until the id is known.
        number=f"new-{uuid.uuid4().hex[:16]}",
        customer_id=customer.id,
        placed_by_id=placed_by.id,
        requester_id=requester.id if requester is not None else None,
        po_number=given.po_number or (saved.po_number if saved else None),
        job_name=given.job_name or (saved.job_name if saved else None),
        shipping_method=given.shipping.method,
        branch_id=branch.id if branch is not None else None,
        province=customer.province,
        lines=[
            OrderLine(
                product_id=product.id,
                quantity=quantity,
                unit_price=prices[product.id],
                price_unit=product.price_unit,
                position=position,
            )
            for position, (product, quantity) in enumerate(lines)
        ],
    )
    session.add(order)
    session.flush()
    order.number = order_number(order.id)
    session.flush()
    return order


def person_json(user: User | None) -> dict[str, str] | None:
    if user is None:
        return None
    return {"username": user.username, "full_name": user.full_name}


def _priced(order: Order, *, user: User, language: Language) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    return lines_json_at_prices(
        user=user,
        lines=[(line.product, line.quantity, line.unit_price) for line in order.lines],
        province=order.province,
        language=language,
        price_units=[line.price_unit for line in order.lines],
    )


def order_summary_json(order: Order, *, user: User, language: Language) -> dict[str, Any]:
    """An order as the history lists it (``total`` only for a user who may see prices)."""
    summary: dict[str, Any] = {
        "number": order.number,
        "created_at": order.created_at.isoformat(),
        "status": order.status,
        "placed_by": person_json(order.placed_by),
        "requester": person_json(order.requester),
        "po_number": order.po_number,
        "job_name": order.job_name,
        "line_count": len(order.lines),
    }
    _lines, order_totals = _priced(order, user=user, language=language)
    if order_totals is not None:
        summary["total"] = order_totals["total"]
    return summary


def order_json(session: Session, *, order: Order, user: User, language: Language) -> dict[str, Any]:
    """The order with its lines at the prices it was placed at; amounts only for a user who may see prices."""
    lines, order_totals = _priced(order, user=user, language=language)
    body: dict[str, Any] = {
        "number": order.number,
        "status": order.status,
        "created_at": order.created_at.isoformat(),
        "placed_by": person_json(order.placed_by),
        "requester": person_json(order.requester),
        "po_number": order.po_number,
        "job_name": order.job_name,
        "shipping": {
            "method": order.shipping_method,
            "branch": {"code": order.branch.code, "name": order.branch.name} if order.branch else None,
        },
        "lines": lines,
        "line_count": len(lines),
    }
    if order_totals is not None:
        body |= order_totals
    return body


def _visible_to(user: User) -> Any:
    """Contract: my customer's orders placed by me or approved from my requests (one order may carry several
    people's requests when the approver merged them)."""
    from lumen_server.approvals.models import ApprovalRequest  # approvals build on orders, not the reverse

    merged = select(ApprovalRequest.order_id).where(ApprovalRequest.requester_id == user.id)
    mine = or_(Order.placed_by_id == user.id, Order.requester_id == user.id, Order.id.in_(merged))
    return (Order.customer_id == user.customer_id) & mine


def list_orders(session: Session, *, user: User, page: int, page_size: int) -> tuple[list[Order], int]:
    """One page of the user's order history, newest first, and how many orders it has in all."""
    total = session.scalar(select(func.count()).select_from(Order).where(_visible_to(user))) or 0
    orders = session.scalars(
        select(Order)
        .where(_visible_to(user))
        .options(selectinload(Order.lines))
        .order_by(Order.created_at.desc(), Order.id.desc())
        .offset((page - 1) * page_size)
        .limit(page_size)
    ).unique()
    return list(orders), total


def get_order(session: Session, *, user: User, number: str) -> Order:
    """The order numbered ``number`` if the user may see it; otherwise 404 (no existence leak)."""
    order = session.scalars(select(Order).where(Order.number == number, _visible_to(user))).first()
    if order is None:
        raise ApiError(404, "order_not_found", field="number")
    return order


def order_answer(user: User, language: Language) -> Callable[[Session, Order], dict[str, Any]]:
    """The placed order's body, built in the transaction that placed it (so it cannot fail once committed)."""
    return lambda session, order: order_json(session, order=order, user=user, language=language)
