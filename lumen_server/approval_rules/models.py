"""A customer's second-tier rule: requests whose subtotal is over ``threshold`` also need ``approver``'s approval.

One rule per customer at most: the service knows two tiers, never more.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lumen_server.auth.models import User
from lumen_server.core.db import Base, utcnow
from lumen_server.customers.models import Customer


class ApprovalRule(Base):
    __tablename__ = "approval_rules"
    __table_args__ = (CheckConstraint("threshold >= 0", name="threshold_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), unique=True)
    threshold: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    approver_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    customer: Mapped[Customer] = relationship(lazy="joined")
    approver: Mapped[User] = relationship(lazy="joined")
