"""Units of measure and price units in words, in the current language.

The service sends ``uom`` codes ("ft", "ea", "box", "roll", "pack", "m") and ``price_unit`` (1, 100 = per C,
1000 = per M). ``unit_short`` is the results table's unit column; ``units_sentence`` is the details pane's
"Sold per foot, priced per M (1,000 ft)" / "Vendu au pied, prix par M (1000 pi)"; ``price_text`` is a price
with its unit as on an electrical price list ("412,50 $ / M").
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ..formatting import Formatter


def unit_short(uom: str) -> str:
    """The unit's abbreviation ("ft" → "pi" in French); an unknown code is shown as sent."""
    words = {
        "ft": QCoreApplication.translate("CatalogUnits", "ft"),
        "m": QCoreApplication.translate("CatalogUnits", "m"),
        "ea": QCoreApplication.translate("CatalogUnits", "ea"),
        "box": QCoreApplication.translate("CatalogUnits", "box"),
        "roll": QCoreApplication.translate("CatalogUnits", "roll"),
        "pack": QCoreApplication.translate("CatalogUnits", "pack"),
    }
    return words.get(uom, uom)


def _sold(uom: str) -> str:
    phrases = {
        "ft": QCoreApplication.translate("CatalogUnits", "Sold per foot"),
        "m": QCoreApplication.translate("CatalogUnits", "Sold per metre"),
        "ea": QCoreApplication.translate("CatalogUnits", "Sold individually"),
        "box": QCoreApplication.translate("CatalogUnits", "Sold by the box"),
        "roll": QCoreApplication.translate("CatalogUnits", "Sold by the roll"),
        "pack": QCoreApplication.translate("CatalogUnits", "Sold by the pack"),
    }
    return phrases.get(uom) or QCoreApplication.translate("CatalogUnits", "Sold per %1").replace("%1", uom)


def _priced_each(uom: str) -> str:
    phrases = {
        "ft": QCoreApplication.translate("CatalogUnits", "priced per foot"),
        "m": QCoreApplication.translate("CatalogUnits", "priced per metre"),
        "ea": QCoreApplication.translate("CatalogUnits", "priced each"),
        "box": QCoreApplication.translate("CatalogUnits", "priced per box"),
        "roll": QCoreApplication.translate("CatalogUnits", "priced per roll"),
        "pack": QCoreApplication.translate("CatalogUnits", "priced per pack"),
    }
    return phrases.get(uom) or QCoreApplication.translate("CatalogUnits", "priced per %1").replace("%1", uom)


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
            .replace("%1", _sold(uom))
            .replace("%2", _priced_each(uom))
        )
    priced = priced.replace("%1", formatter.number(price_unit)).replace("%2", unit_short(uom))
    return QCoreApplication.translate("CatalogUnits", "%1, %2").replace("%1", _sold(uom)).replace("%2", priced)


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
