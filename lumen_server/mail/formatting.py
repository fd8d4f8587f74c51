"""Amounts and lists as a recipient reads them: babel's Canadian formats (fr_CA ``1 234,56 $``, en_CA ``$1,234.56``)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import format_date, format_time, get_datetime_format
from babel.numbers import format_currency, format_decimal

from lumen_server.core.i18n import Language

_LOCALES: dict[str, str] = {"fr": "fr_CA", "en": "en_CA"}
# Every customer is in Quebec or Ontario: one clock for what the mail says and what their desktop shows.
try:
    _CUSTOMERS_TIME_ZONE: ZoneInfo | None = ZoneInfo("America/Toronto")
except ZoneInfoNotFoundError:  # a system without the time zone database: UTC, still an honest time
    _CUSTOMERS_TIME_ZONE = None


def format_money(amount: Decimal, language: Language) -> str:
    return format_currency(amount, "CAD", locale=_LOCALES[language])


def format_number(value: int, language: Language) -> str:
    """``1 500`` (fr_CA) / ``1,500`` (en_CA)."""
    return format_decimal(value, locale=_LOCALES[language])


def format_moment(moment: datetime, language: Language) -> str:
    """A date and time a person reads: "1 déc. 2026, 14 h 05" / "Dec 1, 2026, 2:05 p.m." (Eastern time)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    local = aware.astimezone(_CUSTOMERS_TIME_ZONE or UTC)
    locale = _LOCALES[language]
    pattern = str(get_datetime_format("medium", locale=locale)).replace("'", "")
    return pattern.format(format_time(local, "short", locale=locale), format_date(local, "medium", locale=locale))


def plural(count: int, forms: tuple[str, str], language: Language) -> str:
    """The singular form for CLDR's "one" category of ``count`` (French: 0 and 1, English: 1), else the plural."""
    one = Locale.parse(_LOCALES[language]).plural_form(count) == "one"
    return forms[0] if one else forms[1]


def one_line(value: str) -> str:
    """A value fit for a header or a list line: no line breaks, single spaces."""
    return " ".join(value.split())
