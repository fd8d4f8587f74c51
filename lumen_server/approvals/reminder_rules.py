"""A customer's own reminder delays (``lumen-server reminder-delays``): working hours before the reminder, and
before the escalation (default 24 and 48)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.approvals.standin_models import ReminderRule
from lumen_server.customers.models import Customer


class BadReminderDelays(ValueError):
    """The operator's command names an unknown customer or delays that make no sense (said in plain words)."""


def set_reminder_delays(session: Session, *, customer_number: str, reminder_hours: int, escalation_hours: int) -> None:
    if reminder_hours <= 0 or escalation_hours <= reminder_hours:
        raise BadReminderDelays("the reminder needs a delay above 0, and the escalation a longer one")
    customer = session.scalars(select(Customer).where(Customer.number == customer_number)).first()
    if customer is None:
        raise BadReminderDelays(f"no customer numbered {customer_number}")
    rule = session.get(ReminderRule, customer.id)
    if rule is None:
        rule = ReminderRule(customer_id=customer.id)
        session.add(rule)
    rule.reminder_hours, rule.escalation_hours = reminder_hours, escalation_hours
    session.flush()
