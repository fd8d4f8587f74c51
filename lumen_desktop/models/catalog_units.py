"""Units of measure and price units in words, in the current language.

The service sends ``uom`` codes ("ft", "ea", "box", "roll", "pack", "m") and ``price_unit`` (1, 100 = per C,
1000 = per M). ``unit_short`` is the results table's unit column; ``units_sentence`` is the details pane's
"Sold per foot, priced per M (1,000 ft)" / "Vendu au pied, prix par M (1000 pi)"; ``price_text`` is a price
with its unit as on an electrical price list ("412,50 $ / M").
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ..code_words import QT_TRANSLATE_NOOP, CodeWords
from ..formatting import Formatter

UNITS = CodeWords(
    "CatalogUnits",
    {
        "ft": QT_TRANSLATE_NOOP("CatalogUnits", "ft"),
        "m": QT_TRANSLATE_NOOP("CatalogUnits", "m"),
        "ea": QT_TRANSLATE_NOOP("CatalogUnits", "ea"),
        "box": QT_TRANSLATE_NOOP("CatalogUnits", "box"),
        "roll": QT_TRANSLATE_NOOP("CatalogUnits", "roll"),
        "pack": QT_TRANSLATE_NOOP("CatalogUnits", "pack"),
    },
)
SOLD = CodeWords(
    "CatalogUnits",
    {
        "ft": QT_TRANSLATE_NOOP("CatalogUnits", "Sold per foot"),
        "m": QT_TRANSLATE_NOOP("CatalogUnits", "Sold per metre"),
        "ea": QT_TRANSLATE_NOOP("CatalogUnits", "Sold individually"),
        "box": QT_TRANSLATE_NOOP("CatalogUnits", "Sold by the box"),
        "roll": QT_TRANSLATE_NOOP("CatalogUnits", "Sold by the roll"),
        "pack": QT_TRANSLATE_NOOP("CatalogUnits", "Sold by the pack"),
    },
    unknown=QT_TRANSLATE_NOOP("CatalogUnits", "Sold per %1"),
)
"""How a product is sold, the start of ``units_sentence``."""
PRICED_EACH = CodeWords(
    "CatalogUnits",
    {
        "ft": QT_TRANSLATE_NOOP("CatalogUnits", "priced per foot"),
        "m": QT_TRANSLATE_NOOP("CatalogUnits", "priced per metre"),
        "ea": QT_TRANSLATE_NOOP("CatalogUnits", "priced each"),
        "box": QT_TRANSLATE_NOOP("CatalogUnits", "priced per box"),
        "roll": QT_TRANSLATE_NOOP("CatalogUnits", "priced per roll"),
        "pack": QT_TRANSLATE_NOOP("CatalogUnits", "priced per pack"),
    },
    unknown=QT_TRANSLATE_NOOP("CatalogUnits", "priced per %1"),
)
"""How a product is priced when its price is for one unit (``price_unit`` 1)."""


unit_short = UNITS.text
"""The unit's abbreviation ("ft" → "pi" in French); an unknown code is shown as sent."""


def units_sentence(uom: str, price_unit: int, formatter: Formatter) -> str:
    """How the product is sold and what its price is for, as one sentence."""
    if price_unit == 1000:
        priced = QCoreApplication.translate("CatalogUnits", "priced per M (%1 %2)")
    elif price_unit == 100:
        priced = QCoreApplication.translate("CatalogUnits", "priced per C (%1 %2)")
    elif price_unit > 1:
        priced = QCoreApplication.translate("CatalogUnits", "priced per %1 %2")
    else:
        return (
            QCoreApplication.translate("CatalogUnits", "%1, %2")
            .replace("%1", SOLD.text(uom))
            .replace("%2", PRICED_EACH.text(uom))
        )
    priced = priced.replace("%1", formatter.number(price_unit)).replace("%2", unit_short(uom))
    return QCoreApplication.translate("CatalogUnits", "%1, %2").replace("%1", SOLD.text(uom)).replace("%2", priced)


def price_text(price: Decimal, price_unit: int, formatter: Formatter) -> str:
    """``412,50 $ / M``, ``18,95 $ / C``, ``3,49 $`` (en: ``$412.50 / M``)."""
    money = formatter.money(price)
    if price_unit == 1000:
        return f"{money} / M"
    if price_unit == 100:
        return f"{money} / C"
    if price_unit > 1:
        return f"{money} / {formatter.number(price_unit)}"
    return money
