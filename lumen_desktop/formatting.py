"""Money, numbers and dates in the current language's Canadian locale, with babel.

``Formatter("fr")`` uses fr_CA (``1 234,56 $``), ``Formatter("en")`` en_CA (``$1,234.56``). Get the current
one from ``ctx.formatter`` (it changes with the language; re-format in ``retranslate``). ``money(None)`` is ""
— but a no-price user must not get a price column at all, so views test ``me.can_see_prices`` first.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal, format_percent
from PySide6.QtCore import QCoreApplication

LOCALES = {"fr": "fr_CA", "en": "en_CA"}
CURRENCY = "CAD"


class Formatter:
    def __init__(self, language: str) -> None:
        self.language = language
        self.locale = LOCALES.get(language, "fr_CA")

    def money(self, amount: Decimal | None) -> str:
        """``Decimal("1234.56")`` → fr ``1 234,56 $`` / en ``$1,234.56``; None → ""."""
        if amount is None:
            return ""
        return format_currency(amount, CURRENCY, locale=self.locale)

    def number(self, value: int | Decimal | float) -> str:
        """A quantity or count with the locale's grouping (``12 000`` / ``12,000``)."""
        return format_decimal(value, locale=self.locale)

    def percent(self, rate: Decimal) -> str:
        """A tax rate given as a fraction (``Decimal("0.09975")`` → ``9,975 %``) or as a percentage (``9.975``)."""
        fraction = rate / 100 if rate > 1 else rate
        return format_percent(fraction, format="#,##0.###%", locale=self.locale)

    def date(self, value: date | datetime | None) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.astimezone().date() if value.tzinfo else value.date()
        return format_date(value, format="medium", locale=self.locale)

    def datetime(self, value: datetime | None) -> str:
        """In the computer's time zone."""
        if value is None:
            return ""
        local = value.astimezone() if value.tzinfo else value
        return format_datetime(local, format="medium", locale=self.locale)

    def price_unit(self, price_unit: int) -> str:
        """What a price is per: "" for each, "/C" per 100, "/M" per 1000 (as on electrical price lists)."""
        if price_unit == 100:
            return QCoreApplication.translate("Formatter", "per C (100)")
        if price_unit == 1000:
            return QCoreApplication.translate("Formatter", "per M (1000)")
        if price_unit <= 1:
            return ""
        return QCoreApplication.translate("Formatter", "per %1").replace("%1", self.number(price_unit))
