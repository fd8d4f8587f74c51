"""Money, numbers and dates in the current language's Canadian locale, with babel.

``Formatter("fr")`` uses fr_CA (``1 234,56 $``), ``Formatter("en")`` en_CA (``$1,234.56``). Get the current
one from ``ctx.formatter`` (it changes with the language; re-format in ``retranslate``). ``money(None)`` is ""
— but a no-price user must not get a price column at all, so views test ``me.can_see_prices`` first.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel import Locale
from babel.dates import format_date, format_skeleton, format_time
from babel.numbers import format_currency, format_decimal, format_percent

LOCALES = {"fr": "fr_CA", "en": "en_CA"}
CURRENCY = "CAD"
# Inside Formatter the method ``datetime`` hides the class: its annotations name the class by this alias.
DateTime = datetime


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
        """A tax rate given as a fraction (``Decimal("0.09975")`` → fr ``9,975 %``, en ``9.975%``) or as a
        percentage (``9.975``)."""
        fraction = rate / 100 if rate > 1 else rate
        # The locale's own pattern (French puts a no-break space before "%"), every significant decimal kept.
        return format_percent(fraction, locale=self.locale, decimal_quantization=False)

    def date(self, value: date | datetime | None) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.astimezone().date() if value.tzinfo else value.date()
        return format_date(value, format="medium", locale=self.locale)

    def datetime(self, value: datetime | None) -> str:
        """A date and time as people write them, in the computer's time zone, to the minute:
        fr ``1 déc. 2026, 18 h 24``, en ``Dec 1, 2026, 6:24 p.m.`` (never ``18 h 24 min 05 s``)."""
        if value is None:
            return ""
        local = value.astimezone() if value.tzinfo else value
        return self._join(format_date(local, format="medium", locale=self.locale), self.time(local))

    def moment(self, value: DateTime | None, now: DateTime | None = None) -> str:
        """A date and time for a list, short enough for a column and telling same-day rows apart: the year only
        when it is not this one (fr ``1 déc., 18 h 24``, en ``Dec 1, 6:24 p.m.``)."""
        if value is None:
            return ""
        local = value.astimezone() if value.tzinfo else value
        current = now or (datetime.now(local.tzinfo) if local.tzinfo else datetime.now())
        if local.year != current.year:
            return self.datetime(local)
        return self._join(format_skeleton("MMMd", local, locale=self.locale), self.time(local))

    def time(self, value: DateTime) -> str:
        """The time of day to the minute (fr ``18 h 24``, en ``6:24 p.m.``)."""
        return format_time(value, format="short", locale=self.locale)

    def _join(self, date_text: str, time_text: str) -> str:
        # The locale's own way of putting a date and a time together ("{1}, {0}" in fr_CA and en_CA).
        pattern = str(Locale.parse(self.locale).datetime_formats["medium"])
        return pattern.replace("{1}", date_text).replace("{0}", time_text)
