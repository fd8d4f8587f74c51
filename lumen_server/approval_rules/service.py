"""The staff's rules: set, read or remove a customer's second-approver rule."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.approval_rules.models import ApprovalRule
from lumen_server.auth.models import User
from lumen_server.auth.permissions import may_approve_for
from lumen_server.core.errors import ApiError
from lumen_server.core.i18n import register_messages
from lumen_server.core.money import money
from lumen_server.customers.models import Customer


def customer_numbered(session: Session, number: str) -> Customer:
    customer = session.scalars(select(Customer).where(Customer.number == number)).first()
    if customer is None:
        raise ApiError(404, "unknown_customer", field="customer_number")
    return customer


def rule_of_customer(session: Session, *, number: str) -> ApprovalRule:
    customer = customer_numbered(session, number)
    rule = session.scalars(select(ApprovalRule).where(ApprovalRule.customer_id == customer.id)).first()
    if rule is None:
        raise ApiError(404, "approval_rule_not_found", field="customer_number")
    return rule


def set_rule(session: Session, *, number: str, threshold: Decimal, approver_username: str) -> ApprovalRule:
    """Creates or replaces the customer's one rule. The second approver may approve for that customer (an active
    buyer without a limit of their own)."""
    customer = customer_numbered(session, number)
    approver = session.scalars(select(User).where(User.username == approver_username.strip())).first()
    if approver is None or not may_approve_for(approver, customer_id=customer.id):
        raise ApiError(422, "invalid_second_approver", field="approver_username")
    rule = session.scalars(
        select(ApprovalRule).where(ApprovalRule.customer_id == customer.id).with_for_update()
    ).first()
    if rule is None:
        rule = ApprovalRule(customer_id=customer.id, customer=customer)
        session.add(rule)
    rule.threshold, rule.approver_id, rule.approver = threshold, approver.id, approver
    session.flush()
    return rule


def delete_rule(session: Session, *, number: str) -> None:
    session.delete(rule_of_customer(session, number=number))


def rule_json(rule: ApprovalRule) -> dict[str, Any]:
    approver = rule.approver
    return {
        "customer_number": rule.customer.number,
        "threshold": money(rule.threshold),
        "approver": {"username": approver.username, "full_name": approver.full_name, "email": approver.email},
        "updated_at": rule.updated_at.isoformat(),
    }


register_messages(
    {
        "approval_rule_not_found": {
            "en": "This customer account has no second-approval rule.",
            "fr": "Ce compte client n'a pas de règle de deuxième approbation.",
        },
        "invalid_second_approver": {
            "en": "The second approver must be an active user of this customer account who places orders without "
            "a limit.",
            "fr": "Le deuxième approbateur doit être un utilisateur actif de ce compte client qui passe des commandes "
            "sans limite.",
        },
    }
)
