"""Approval requests: a requester's cart sent to their approver, edited, then placed or rejected."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lumen_server.auth.models import User
from lumen_server.catalog.models import Product
from lumen_server.core.db import Base, utcnow
from lumen_server.core.product_lines import ProductLine

STATUSES = ("pending", "approved", "rejected", "cancelled")


class ApprovalRequest(Base):
    __tablename__ = "approval_requests"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'approved', 'rejected', 'cancelled')", name="status_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    approver_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    note: Mapped[str | None] = mapped_column(Text)
    po_number: Mapped[str | None] = mapped_column(String(40))
    job_name: Mapped[str | None] = mapped_column(String(80))
    reject_reason: Mapped[str | None] = mapped_column(Text)
    # Bumped by every edit; PATCH needs If-Match with the version it read.
    version: Mapped[int] = mapped_column(default=1)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, index=True)
    decided_at: Mapped[datetime | None] = mapped_column()
    # Two-tier approval (``approvals.tiers``): 2 once the first approver passed it on to the customer's second one.
    tier: Mapped[int] = mapped_column(default=1)
    first_approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    requester: Mapped[User] = relationship(foreign_keys=[requester_id], lazy="joined")
    approver: Mapped[User] = relationship(foreign_keys=[approver_id], lazy="joined")
    first_approver: Mapped[User | None] = relationship(foreign_keys=[first_approver_id], lazy="joined")
    lines: Mapped[list[ApprovalLine]] = relationship(cascade="all, delete-orphan", order_by="ApprovalLine.position")
    requested_lines: Mapped[list[ApprovalRequestedLine]] = relationship(
        cascade="all, delete-orphan", order_by="ApprovalRequestedLine.position"
    )
    events: Mapped[list[ApprovalEvent]] = relationship(cascade="all, delete-orphan", order_by="ApprovalEvent.id")


class ApprovalLine(ProductLine, Base):
    """A line as it stands now (the approver may have changed it)."""

    __tablename__ = "approval_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    approval_id: Mapped[int] = mapped_column(ForeignKey("approval_requests.id", ondelete="CASCADE"), index=True)


class ApprovalRequestedLine(ProductLine, Base):
    """A line as the requester sent it, kept unchanged so "requested vs placed" can be shown."""

    __tablename__ = "approval_requested_lines"

    approval_id: Mapped[int] = mapped_column(ForeignKey("approval_requests.id", ondelete="CASCADE"), index=True)


class ApprovalEvent(Base):
    """History of a request: created, edited (with the changes), approved, rejected, cancelled."""

    __tablename__ = "approval_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    approval_id: Mapped[int] = mapped_column(ForeignKey("approval_requests.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column()
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[datetime] = mapped_column(default=utcnow)

    actor: Mapped[User] = relationship(lazy="joined")


class ApprovalComment(Base):
    """A short message on a request between its requester and approver (kept once the request is decided)."""

    __tablename__ = "approval_comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    approval_id: Mapped[int] = mapped_column(ForeignKey("approval_requests.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    author: Mapped[User] = relationship(lazy="joined")


def current_lines(request: ApprovalRequest) -> list[tuple[Product, int]]:
    """The request's lines as they stand now, as (product, quantity)."""
    return [(line.product, line.quantity) for line in request.lines]


def requested_lines(request: ApprovalRequest) -> list[tuple[Product, int]]:
    """The lines as the requester sent them, as (product, quantity)."""
    return [(line.product, line.quantity) for line in request.requested_lines]
