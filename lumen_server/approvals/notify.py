"""The e-mails of the approval workflow: their facts read in the request's transaction, the message written and
sent once it has committed (no lock is held while a message is written or sent)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from decimal import Decimal
from email.message import EmailMessage
from functools import partial

from sqlalchemy import event
from sqlalchemy.orm import Session

from lumen_server.approvals.changes import line_changes
from lumen_server.approvals.models import ApprovalRequest, current_lines, requested_lines
from lumen_server.approvals.service import is_approver
from lumen_server.auth.models import User
from lumen_server.auth.permissions import can_see_prices
from lumen_server.cart.priced import product_name
from lumen_server.catalog.models import Product
from lumen_server.catalog.pricing import net_prices
from lumen_server.core.config import Settings
from lumen_server.core.i18n import Language
from lumen_server.core.money import extended, totals
from lumen_server.mail import builders, send_mail
from lumen_server.mail.content import MailChange, MailLine, Recipient, RequestRef
from lumen_server.mail.standin_builders import acting_for
from lumen_server.orders.models import Order

log = logging.getLogger(__name__)


def _write_after_commit(
    session: Session, settings: Settings, write: Callable[..., EmailMessage], **facts: object
) -> None:
    """Writes the message with ``write(settings, **facts)`` and sends it once the outermost transaction of
    ``session`` commits; the facts are read now, in the transaction."""
    build = partial(write, settings, **facts)

    delivered = False

    def deliver(committed: Session) -> None:
        nonlocal delivered
        if delivered or committed.in_nested_transaction():
            return  # sent already; or a SAVEPOINT inside the request's transaction, not the commit itself
        delivered = True
        try:
            message = build()
        except Exception:  # the change is committed: a mail problem must not turn it into an error
            log.exception("Could not write a workflow e-mail")
            return
        send_mail(settings, message)

    event.listen(session, "after_commit", deliver)


def _mail_lines(
    session: Session, *, lines: Sequence[tuple[Product, int]], recipient: User
) -> tuple[list[MailLine], Decimal | None]:
    """The lines in the recipient's language, with amounts and subtotal only if they may see prices."""
    language = Recipient.of(recipient).language
    if not can_see_prices(recipient) or recipient.customer is None:
        return [MailLine(p.sku, product_name(p, language), q, p.uom) for p, q in lines], None
    prices = net_prices(session, customer_id=recipient.customer.id, products=[p for p, _ in lines])
    mail_lines = [
        MailLine(p.sku, product_name(p, language), q, p.uom, extended(q, prices[p.id], p.price_unit)) for p, q in lines
    ]
    return mail_lines, sum((line.amount or Decimal(0) for line in mail_lines), Decimal(0))


def _mail_changes(
    request: ApprovalRequest, placed: Sequence[tuple[Product, int]], language: Language
) -> list[MailChange]:
    """What the approver changed from the requested lines to the ``placed`` ones, in ``language``."""
    return [
        MailChange(c.product.sku, product_name(c.product, language), c.change, c.before, c.after)
        for c in line_changes(requested_lines(request), placed)
    ]


def _ref(request: ApprovalRequest) -> RequestRef:
    """The request as the desktop lists it (it shows no request number): sender, date sent, PO number, job."""
    return RequestRef(
        request.requester.full_name, request.created_at, request.po_number, request.job_name, approval_id=request.id
    )


def _requester(session: Session, request: ApprovalRequest) -> Recipient:
    """The requester, knowing which name the desktop gives their requests section ("My requests" or not)."""
    requester = request.requester
    return Recipient.of(requester, is_approver=is_approver(session, user=requester))


def approval_requested(session: Session, settings: Settings, *, request: ApprovalRequest) -> None:
    approver = request.approver
    lines, subtotal = _mail_lines(session, lines=current_lines(request), recipient=approver)
    customer = request.requester.customer
    _write_after_commit(
        session,
        settings,
        builders.approval_requested,
        approver=Recipient.of(approver, is_approver=True),
        request=_ref(request),
        customer_name=customer.name if customer else "",
        lines=lines,
        note=request.note,
        subtotal=subtotal,
    )


def _decider_name(request: ApprovalRequest, decided_by: User | None, recipient: Recipient) -> str:
    """The approver, or "Jean Dupuis for Marie Tremblay" when someone decided for them."""
    if decided_by is None or decided_by.id == request.approver_id:
        return request.approver.full_name
    return acting_for(decided_by.full_name, request.approver.full_name, recipient.language)


def _decision_to_requester(
    session: Session,
    settings: Settings,
    write: Callable[..., EmailMessage],
    *,
    request: ApprovalRequest,
    recipient: Recipient,
    decided_by: User | None,
    **facts: object,
) -> None:
    """The e-mail ``write`` builds to tell the requester how their request was decided, and by whom."""
    _write_after_commit(
        session,
        settings,
        write,
        requester=recipient,
        approver_name=_decider_name(request, decided_by, recipient),
        request=_ref(request),
        **facts,
    )


def approval_approved(
    session: Session, settings: Settings, *, request: ApprovalRequest, order: Order, decided_by: User | None = None
) -> None:
    requester = request.requester
    recipient = _requester(session, request)
    changes = _mail_changes(request, [(line.product, line.quantity) for line in order.lines], recipient.language)
    total: Decimal | None = None
    if can_see_prices(requester):
        amounts = [extended(line.quantity, line.unit_price, line.price_unit) for line in order.lines]
        total = totals(amounts, province=order.province, language=recipient.language).total
    _decision_to_requester(
        session,
        settings,
        builders.approval_approved,
        request=request,
        recipient=recipient,
        decided_by=decided_by,
        order_number=order.number,
        changes=changes,
        total=total,
    )


def approval_rejected(
    session: Session, settings: Settings, *, request: ApprovalRequest, decided_by: User | None = None
) -> None:
    _decision_to_requester(
        session,
        settings,
        builders.approval_rejected,
        request=request,
        recipient=_requester(session, request),
        decided_by=decided_by,
        reason=request.reject_reason or "",
    )
