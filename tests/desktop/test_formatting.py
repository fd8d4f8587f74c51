"""Money, numbers and dates follow the language: fr_CA ``1 234,56 $``, en_CA ``$1,234.56``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from lumen_desktop.formatting import Formatter

NBSP = "\u00a0"


def test_money_reads_the_canadian_way_in_each_language() -> None:
    assert Formatter("fr").money(Decimal("1234.56")) == f"1{NBSP}234,56{NBSP}$"
    assert Formatter("en").money(Decimal("1234.56")) == "$1,234.56"


def test_an_absent_price_is_never_shown_as_zero() -> None:
    assert Formatter("en").money(None) == ""


def test_numbers_rates_and_dates_follow_the_locale() -> None:
    assert Formatter("fr").number(12000) == f"12{NBSP}000"
    assert Formatter("en").number(12000) == "12,000"
    assert Formatter("en").percent(Decimal("0.09975")) == "9.975%"
    assert Formatter("fr").date(date(2026, 11, 23)) == "23 nov. 2026"
    assert Formatter("en").date(date(2026, 11, 23)) == "Nov 23, 2026"
