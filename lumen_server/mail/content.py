"""What a message talks about, as plain values (the builders know no database)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Literal

from lumen_server.auth.models import User
from lumen_server.auth.permissions import can_see_prices
from lumen_server.core.i18n import Language


@dataclass(frozen=True)
class Recipient:
    email: str
    name: str
    language: Language
    # False: the message must carry no amount at all (contract invariant 1).
    can_see_prices: bool
    # The desktop names its requests section "Approvals" for an approver, "My requests" for everyone else.
    is_approver: bool = False

    @classmethod
    def of(cls, user: User, *, is_approver: bool = False) -> Recipient:
        language: Language = "en" if user.language == "en" else "fr"
        return cls(user.email, user.full_name, language, can_see_prices(user), is_approver)


@dataclass(frozen=True)
class RequestRef:
    """An approval request as the desktop lists it: who sent it, when, and its PO number and job name."""

    requester_name: str
    sent_at: datetime
    po_number: str | None = None
    job_name: str | None = None
    # The request's id, for its ``lumen://approvals/<id>`` link (the app opens it in one click).
    approval_id: int | None = None


@dataclass(frozen=True)
class MailLine:
    sku: str
    name: str
    quantity: int
    uom: str
    # The line's amount; only ever shown to a recipient who may see prices.
    amount: Decimal | None = None


@dataclass(frozen=True)
class MailChange:
    """One difference between what the requester asked for and what the approver placed."""

    sku: str
    name: str
    change: Literal["changed", "added", "removed"]
    requested: int | None
    placed: int | None
