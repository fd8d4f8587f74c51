"""What a message talks about, as plain values (the builders know no database)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from lumen_server.auth.models import User
from lumen_server.core.i18n import Language


@dataclass(frozen=True)
class Recipient:
    email: str
    name: str
    language: Language
    # False: the message must carry no amount at all (contract invariant 1).
    can_see_prices: bool

    @classmethod
    def of(cls, user: User) -> Recipient:
        language: Language = "en" if user.language == "en" else "fr"
        return cls(user.email, user.full_name, language, user.can_see_prices)


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
