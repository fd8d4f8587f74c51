"""Printable documents (``printing.PrintableDocument``) of an order and of an approval request.

Used by the Orders section and by the approvals editor ("Print / PDF…")::

    document = approval_document(approval, ctx.formatter, permissions.can_see_prices(ctx.me))
    write_pdf(document, path)

Price rights are decided HERE, once: for a user who may not see prices the document has no price or amount
column and no subtotal/tax/total rows — not empty ones. (The service already sends no amounts to such a user;
this keeps the paper right even if a caller passed a priced object.) Every text is translated in the current
language and every value formatted by the given formatter.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ...api import Approval, Line, Order, Tax
from ...api.types_orders import Shipping
from ...formatting import Formatter
from ...models.approval_list import status_text as request_status_text
from ...models.catalog_units import price_text, unit_short
from ...models.order_history_model import person_name, status_text
from ...printing import PrintableDocument


def order_document(order: Order, formatter: Formatter, can_see_prices: bool) -> PrintableDocument:
    """The order as printed: its header, lines, and (when allowed) subtotal, taxes and total."""
    header: list[tuple[str, str]] = [
        (QCoreApplication.translate("Documents", "Date"), formatter.datetime(order.placed_at)),
        (QCoreApplication.translate("Documents", "Status"), status_text(order.status)),
        (QCoreApplication.translate("Documents", "Placed by"), person_name(order.placed_by)),
    ]
    requester = person_name(order.requester)
    if requester:
        header.append((QCoreApplication.translate("Documents", "Requested by"), requester))
    header += _po_and_job(order.po_number, order.job_name)
    header.append((QCoreApplication.translate("Documents", "Shipping"), shipping_text(order.shipping)))
    columns, rows, numeric = _lines_table(order.lines, formatter, can_see_prices)
    return PrintableDocument(
        title=QCoreApplication.translate("Documents", "Order %1").replace("%1", order.number),
        header=header,
        columns=columns,
        rows=rows,
        totals=amount_rows(order.subtotal, order.taxes, order.total, formatter) if can_see_prices else (),
        numeric_columns=numeric,
        footer=_printed_on(formatter),
    )


def approval_document(approval: Approval, formatter: Formatter, can_see_prices: bool) -> PrintableDocument:
    """The approval request as printed: who sent it to whom, its state, lines, note and (when allowed) totals."""
    requester = person_name(approval.requester)
    header: list[tuple[str, str]] = [
        (QCoreApplication.translate("Documents", "Status"), approval_status_text(approval.status)),
        (QCoreApplication.translate("Documents", "Sent"), formatter.datetime(approval.created_at)),
        (QCoreApplication.translate("Documents", "Requested by"), requester),
    ]
    if approval.approver is not None:
        header.append((QCoreApplication.translate("Documents", "Approver"), person_name(approval.approver)))
    if approval.order_number:
        header.append((QCoreApplication.translate("Documents", "Order"), approval.order_number))
    header += _po_and_job(approval.po_number, approval.job_name)
    notes: list[str] = []
    if approval.note:
        notes.append(
            QCoreApplication.translate("Documents", "Note from %1:").replace("%1", requester) + "\n" + approval.note
        )
    if approval.reason:
        notes.append(QCoreApplication.translate("Documents", "Reason for rejection:") + "\n" + approval.reason)
    columns, rows, numeric = _lines_table(approval.lines, formatter, can_see_prices)
    return PrintableDocument(
        title=QCoreApplication.translate("Documents", "Approval request from %1").replace("%1", requester)
        if requester
        else QCoreApplication.translate("Documents", "Approval request"),
        header=header,
        columns=columns,
        rows=rows,
        totals=amount_rows(approval.subtotal, approval.taxes, approval.total, formatter) if can_see_prices else (),
        notes=notes,
        numeric_columns=numeric,
        footer=_printed_on(formatter),
    )


def approval_status_text(status: str) -> str:
    """A request's status on paper: "Pending approval" says more than the list's "Pending"."""
    if status == "pending":
        return QCoreApplication.translate("Documents", "Pending approval")
    return request_status_text(status)


def shipping_text(shipping: Shipping | None) -> str:
    """ "Delivery" or "Pickup — Montréal" from an order's ``shipping`` ("" when the answer did not say)."""
    if shipping is None:
        return ""
    branch_name = (shipping.branch.name or shipping.branch.code) if shipping.branch is not None else ""
    if shipping.method == "pickup":
        return (
            QCoreApplication.translate("Documents", "Pickup — %1").replace("%1", branch_name)
            if branch_name
            else QCoreApplication.translate("Documents", "Pickup")
        )
    return QCoreApplication.translate("Documents", "Delivery")


def _po_and_job(po_number: str, job_name: str) -> list[tuple[str, str]]:
    rows = []
    if po_number:
        rows.append((QCoreApplication.translate("Documents", "PO number"), po_number))
    if job_name:
        rows.append((QCoreApplication.translate("Documents", "Job name"), job_name))
    return rows


def _lines_table(
    lines: Sequence[Line], formatter: Formatter, can_see_prices: bool
) -> tuple[list[str], list[list[str]], frozenset[int]]:
    columns = [
        QCoreApplication.translate("Documents", "SKU"),
        QCoreApplication.translate("Documents", "Product"),
        QCoreApplication.translate("Documents", "Quantity"),
        QCoreApplication.translate("Documents", "Unit"),
    ]
    if can_see_prices:
        columns += [QCoreApplication.translate("Documents", "Price"), QCoreApplication.translate("Documents", "Amount")]
    rows = []
    for line in lines:
        row = [line.sku, line.name, formatter.number(line.quantity), unit_short(line.uom)]
        if can_see_prices:
            price = price_text(line.unit_price, line.price_unit, formatter) if line.unit_price is not None else ""
            row += [price, formatter.money(line.extended)]
        rows.append(row)
    numeric = frozenset({2, 4, 5} if can_see_prices else {2})
    return columns, rows, numeric


def amount_rows(
    subtotal: Decimal | None, taxes: Sequence[Tax], total: Decimal | None, formatter: Formatter
) -> list[tuple[str, str]]:
    """The totals block of a cart, a request or an order, printed or on screen, as (caption, amount) rows:
    subtotal, each tax by its name and rate (GST/QST or HST), total. None before the service has computed it."""
    if total is None:
        return []
    rows = []
    if subtotal is not None:
        rows.append((QCoreApplication.translate("Documents", "Subtotal"), formatter.money(subtotal)))
    for tax in taxes:
        if tax.amount is not None:
            rows.append((f"{tax.name} ({formatter.percent(tax.rate)})", formatter.money(tax.amount)))
    rows.append((QCoreApplication.translate("Documents", "Total"), formatter.money(total)))
    return rows


def _printed_on(formatter: Formatter) -> str:
    return QCoreApplication.translate("Documents", "Printed on %1 — Lumen.ca").replace(
        "%1", formatter.datetime(datetime.now().astimezone())
    )
