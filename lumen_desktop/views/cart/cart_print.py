"""The cart as a ``PrintableDocument``: what the screen shows, and prices only for a user who may see them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ... import permissions
from ...api import Me
from ...formatting import Formatter
from ...models.cart_pending import ShownCart
from ...models.catalog_units import price_text, unit_short
from ...printing import PrintableDocument
from ..orders.documents import amount_rows

# Written out as translate("CartPrint", "...") so that lupdate finds every text.
translate = QCoreApplication.translate


def cart_document(cart: ShownCart, me: Me, formatter: Formatter, now: datetime | None = None) -> PrintableDocument:
    f = formatter
    shows_prices = permissions.can_see_prices(me)
    header = [(translate("CartPrint", "Printed"), f.datetime(now or datetime.now().astimezone()))]
    if me.customer is not None:
        header.append((translate("CartPrint", "Customer"), f"{me.customer.number} — {me.customer.name}"))
    header.append((translate("CartPrint", "Prepared by"), me.full_name or me.username))
    if cart.details.get("po_number"):
        header.append((translate("CartPrint", "PO number"), cart.details["po_number"]))
    if cart.details.get("job_name"):
        header.append((translate("CartPrint", "Job name"), cart.details["job_name"]))
    columns = [
        translate("CartPrint", "SKU"),
        translate("CartPrint", "Product"),
        translate("CartPrint", "Quantity"),
        translate("CartPrint", "Unit"),
    ]
    numeric = {2}
    if shows_prices:
        columns += [translate("CartPrint", "Unit price"), translate("CartPrint", "Amount")]
        numeric |= {4, 5}
    rows: list[list[str]] = []
    for line in cart.lines:
        row = [line.sku, line.line.name, f.number(line.quantity), unit_short(line.line.uom)]
        if shows_prices:
            price = line.line.unit_price
            row.append(price_text(price, line.line.price_unit, f) if price is not None else "")
            row.append(f.money(line.extended) if line.extended is not None else "…")
        rows.append(row)
    totals = amount_rows(cart.subtotal, cart.taxes, cart.total, f) if shows_prices else []
    notes = []
    if cart.details.get("note"):
        notes.append(translate("CartPrint", "Note: %1").replace("%1", cart.details["note"]))
    if cart.pending_count:
        notes.append(translate("CartPrint", "Some changes were not yet accepted by the Lumen service."))
    return PrintableDocument(
        title=translate("CartPrint", "Cart"),
        header=header,
        columns=columns,
        rows=rows,
        totals=totals,
        notes=notes,
        numeric_columns=frozenset(numeric),
        footer=translate("CartPrint", "Lumen.ca — not an order until it is placed."),
    )
