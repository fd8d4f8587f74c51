"""What every table of order lines shares (the cart, a template or order, an approval request being edited).

``EditedLine`` is a line the service sent with the quantity shown over it; ``line_column_title`` names the
columns these tables have in common, in the current language, so that "SKU" or "Amount" reads the same in each.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..api import Line

NUMERIC_COLUMNS = frozenset({"quantity", "unit_price", "extended"})
"""The line columns that are right-aligned."""


@dataclass(frozen=True)
class EditedLine:
    """A line as the service sent it (``line``) and the quantity shown over it (typed, or waiting to be sent)."""

    line: Line
    quantity: int

    @property
    def sku(self) -> str:
        return self.line.sku

    @property
    def sale_multiple(self) -> int:
        return self.line.sale_multiple


def line_column_title(key: str) -> str:
    """The header of a column every line table has: ``sku``, ``name``, ``quantity``, ``uom``, ``unit_price``,
    ``extended``."""
    titles = {
        "sku": QCoreApplication.translate("OrderLines", "SKU"),
        "name": QCoreApplication.translate("OrderLines", "Product"),
        "quantity": QCoreApplication.translate("OrderLines", "Quantity"),
        "uom": QCoreApplication.translate("OrderLines", "Unit"),
        "unit_price": QCoreApplication.translate("OrderLines", "Price"),
        "extended": QCoreApplication.translate("OrderLines", "Amount"),
    }
    return titles[key]
