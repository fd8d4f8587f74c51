"""Tables of the approver's absences and of the people a request was offered to besides its approver."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lumen_server.auth.models import User
from lumen_server.core.db import Base, utcnow


class ApproverAbsence(Base):
    """ "Away from … to …, my stand-in is …": one per person (setting it again replaces it); both days included,
    read as dates of the customers' time zone (America/Toronto)."""

    __tablename__ = "approver_absences"
    __table_args__ = (CheckConstraint("starts_on <= ends_on", name="dates_in_order"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    stand_in_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="joined")
    stand_in: Mapped[User] = relationship(foreign_keys=[stand_in_id], lazy="joined")


class ApprovalOffer(Base):
    """A pending request escalated to someone besides its approver: they may decide it too (first one wins)."""

    __tablename__ = "approval_offers"
    __table_args__ = (UniqueConstraint("approval_id", "user_id", name="one_offer_per_person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    approval_id: Mapped[int] = mapped_column(ForeignKey("approval_requests.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    offered_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReminderStep(Base):
    """A reminder or escalation done for a request: its primary key makes each step happen once, whoever ticks."""

    __tablename__ = "approval_reminder_steps"
    __table_args__ = (CheckConstraint("step IN ('reminded', 'escalated')", name="step_known"),)

    approval_id: Mapped[int] = mapped_column(ForeignKey("approval_requests.id", ondelete="CASCADE"), primary_key=True)
    step: Mapped[str] = mapped_column(String(10), primary_key=True)
    done_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReminderRule(Base):
    """A customer's own delays, in working hours (absent: 24 before the reminder, 48 before the escalation)."""

    __tablename__ = "approval_reminder_rules"
    __table_args__ = (CheckConstraint("reminder_hours > 0 AND escalation_hours > reminder_hours", name="hours_sane"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    reminder_hours: Mapped[int] = mapped_column(default=24)
    escalation_hours: Mapped[int] = mapped_column(default=48)
