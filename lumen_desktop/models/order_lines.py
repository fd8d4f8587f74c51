"""What every table of order lines shares (the cart, a template or order, an approval request being edited).

``EditedLine`` is a line the service sent with the quantity shown over it. ``LineTableModel`` is the base of those
tables: the quantity is the one editable column and the numbers are right-aligned; ``line_columns`` are the
columns they have in common (the price ones only for a user who may see prices), ``line_column_title`` names them
and ``line_text`` writes their cells, so that "SKU" or "Amount" reads the same in each.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol, TypeVar

from ..api import Line
from ..code_words import QT_TRANSLATE_NOOP, CodeWords
from ..formatting import Formatter
from .catalog_units import price_text, unit_short
from .keyed_table import RowTableModel

NUMERIC_COLUMNS = frozenset({"quantity", "unit_price", "extended"})
"""The line columns that are right-aligned."""


class LineProduct(Protocol):
    """What a line table shows of a line's product and price (``api.Line``, ``DraftLine``)."""

    @property
    def sku(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def uom(self) -> str: ...
    @property
    def unit_price(self) -> Decimal | None: ...
    @property
    def price_unit(self) -> int: ...


R = TypeVar("R")


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


def line_columns(show_prices: bool) -> list[str]:
    """The columns every line table starts with; the price ones only exist for a user who may see prices."""
    return ["sku", "name", "quantity", "uom"] + (["unit_price", "extended"] if show_prices else [])


LINE_COLUMN_TITLES = CodeWords(
    "OrderLines",
    {
        "sku": QT_TRANSLATE_NOOP("OrderLines", "SKU"),
        "name": QT_TRANSLATE_NOOP("OrderLines", "Product"),
        "quantity": QT_TRANSLATE_NOOP("OrderLines", "Quantity"),
        "uom": QT_TRANSLATE_NOOP("OrderLines", "Unit"),
        "unit_price": QT_TRANSLATE_NOOP("OrderLines", "Price"),
        "extended": QT_TRANSLATE_NOOP("OrderLines", "Amount"),
    },
)


line_column_title = LINE_COLUMN_TITLES.text
"""The header of a column every line table has: ``sku``, ``name``, ``quantity``, ``uom``, ``unit_price``,
``extended``."""


def line_text(key: str, line: LineProduct, formatter: Formatter, *, quantity: int, extended: Decimal | None) -> str:
    """The cell in the column ``key`` (one of the ``line_columns``) of a line of ``quantity`` × ``line``'s product
    for ``extended`` ("" for a price not known)."""
    if key == "sku":
        return line.sku
    if key == "name":
        return line.name
    if key == "quantity":
        return formatter.number(quantity)
    if key == "uom":
        return unit_short(line.uom)  # "ft" is "pi" in French
    if key == "unit_price":
        return price_text(line.unit_price, line.price_unit, formatter) if line.unit_price is not None else ""
    return formatter.money(extended)  # "extended"


class LineTableModel(RowTableModel[R]):
    """A table of order lines: the quantity is the column edited, the numbers are right-aligned."""

    RIGHT_ALIGNED_COLUMNS = NUMERIC_COLUMNS
    EDITABLE_COLUMN = "quantity"

    def column_title(self, key: str) -> str:
        return line_column_title(key)
