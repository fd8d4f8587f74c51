"""Account requests sent through the public form, processed by the e-commerce staff within 72 hours."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lumen_server.core.db import Base, utcnow
from lumen_server.customers.models import Customer


class AccountRequest(Base):
    __tablename__ = "account_requests"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'approved', 'rejected')", name="status_known"),
        CheckConstraint(
            "permission IN ('place_orders', 'order_for_approval', 'place_orders_up_to')", name="permission_known"
        ),
        CheckConstraint("channel IN ('web', 'cmeq', 'acceo')", name="channel_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    email: Mapped[str] = mapped_column(String(254), index=True)
    language: Mapped[str] = mapped_column(String(2))
    permission: Mapped[str] = mapped_column(String(20))
    can_see_prices: Mapped[bool] = mapped_column()
    # With permission place_orders_up_to: the subtotal over which the cart goes for approval.
    order_limit: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    channel: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    reject_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column()
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    customer: Mapped[Customer] = relationship(lazy="joined")
