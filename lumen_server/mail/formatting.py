"""Amounts and lists as a recipient reads them: babel's Canadian formats (fr_CA ``1 234,56 $``, en_CA ``$1,234.56``)."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_currency

from lumen_server.core.i18n import Language

_LOCALES: dict[str, str] = {"fr": "fr_CA", "en": "en_CA"}


def format_money(amount: Decimal, language: Language) -> str:
    return format_currency(amount, "CAD", locale=_LOCALES[language])


def one_line(value: str) -> str:
    """A value fit for a header or a list line: no line breaks, single spaces."""
    return " ".join(value.split())
