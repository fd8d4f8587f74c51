"""The money rule both sides share: amounts are ``Decimal``, a line's amount rounded half-up to the cent."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def to_cents(amount: Decimal) -> Decimal:
    """``amount`` rounded half-up to the cent (1.005 → 1.01)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def extended(quantity: int, price: Decimal, price_unit: int) -> Decimal:
    """A line's amount: quantity × price ÷ price_unit (1, or 100 "per C", 1000 "per M"), to the cent."""
    return to_cents(Decimal(quantity) * price / Decimal(max(price_unit, 1)))
