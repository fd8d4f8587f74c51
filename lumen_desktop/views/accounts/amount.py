"""An amount of money as a person types it, in either language: "2500", "2 500,00", "2 500 $", "$2,500.00"."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, parse_decimal

from ...formatting import LOCALES

# The largest order limit the service accepts.
MAX_AMOUNT = Decimal("10000000")


def parse_amount(text: str, language: str) -> Decimal | None:
    """The amount, or None when the text is not one (more than two decimals is not one either)."""
    cleaned = "".join(text.replace("$", "").split()).replace("\u00a0", "").replace("\u202f", "")
    if not cleaned:
        return None
    try:
        amount = parse_decimal(cleaned, locale=LOCALES.get(language, "fr_CA"), strict=True)
    except NumberFormatError:
        try:
            amount = Decimal(cleaned)
        except InvalidOperation:
            return None
    if not amount.is_finite() or amount != amount.quantize(Decimal("0.01")):
        return None
    return amount
