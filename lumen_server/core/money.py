"""Money by the contract: ``Decimal`` throughout, rounded half-up to the cent per line, sent as "1234.56".

Taxes follow the customer's province (Quebec: GST 5 % + QST 9.975 %; Ontario: HST 13 %).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lumen_common.money import CENT, extended, to_cents
from lumen_server.core.i18n import Language

__all__ = ["CENT", "extended", "money", "to_cents"]


def money(amount: Decimal) -> str:
    """The JSON form of an amount: a string with exactly two decimals."""
    return str(to_cents(amount))


@dataclass(frozen=True)
class TaxRate:
    code: str
    names: dict[str, str]
    rate: Decimal


_TAXES: dict[str, tuple[TaxRate, ...]] = {
    "QC": (
        TaxRate("gst", {"en": "GST", "fr": "TPS"}, Decimal("0.05")),
        TaxRate("qst", {"en": "QST", "fr": "TVQ"}, Decimal("0.09975")),
    ),
    "ON": (TaxRate("hst", {"en": "HST", "fr": "TVH"}, Decimal("0.13")),),
}


@dataclass(frozen=True)
class Totals:
    subtotal: Decimal
    taxes: list[tuple[str, Decimal, Decimal]]  # (name in the language asked, rate, amount)
    total: Decimal

    def as_json(self) -> dict[str, object]:
        return {
            "subtotal": money(self.subtotal),
            "taxes": [{"name": name, "rate": str(rate), "amount": money(amount)} for name, rate, amount in self.taxes],
            "total": money(self.total),
        }


def totals(line_amounts: list[Decimal], *, province: str, language: Language) -> Totals:
    subtotal = sum(line_amounts, Decimal("0"))
    taxes = [(t.names[language], t.rate, to_cents(subtotal * t.rate)) for t in _TAXES.get(province, ())]
    return Totals(subtotal=subtotal, taxes=taxes, total=subtotal + sum((a for _, _, a in taxes), Decimal("0")))
