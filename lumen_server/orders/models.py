"""Placed orders, their priced lines, and the idempotency keys that make placing exactly-once."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lumen_server.auth.models import User
from lumen_server.catalog.models import Money
from lumen_server.core.db import Base, utcnow
from lumen_server.core.product_lines import ProductLine
from lumen_server.customers.models import Branch, Province


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (CheckConstraint("shipping_method IN ('delivery', 'pickup')", name="shipping_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    placed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    # Set when the order comes from an approval request: the requester sees it in their history too.
    requester_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="placed")
    po_number: Mapped[str | None] = mapped_column(String(40))
    job_name: Mapped[str | None] = mapped_column(String(80))
    shipping_method: Mapped[str] = mapped_column(String(10))
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    province: Mapped[Province]  # whose taxes apply, fixed when the order is placed
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    placed_by: Mapped[User] = relationship(foreign_keys=[placed_by_id], lazy="joined")
    requester: Mapped[User | None] = relationship(foreign_keys=[requester_id], lazy="joined")
    branch: Mapped[Branch | None] = relationship(lazy="joined")
    lines: Mapped[list[OrderLine]] = relationship(cascade="all, delete-orphan", order_by="OrderLine.position")


class OrderLine(ProductLine, Base):
    __tablename__ = "order_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    # Net price per price_unit at the time the order was placed.
    unit_price: Mapped[Decimal] = mapped_column(Money)
    price_unit: Mapped[int] = mapped_column()


class IdempotencyKey(Base):
    """A placing request already handled for this user: a retry with the same key gets the same order."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(200))
    # What the key was first used for: the same key on another operation, target or payload is refused (422).
    operation: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(80))
    fingerprint: Mapped[str] = mapped_column(String(64))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
