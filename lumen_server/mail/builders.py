"""The messages the service sends, each written in its recipient's language.

A recipient who may not see prices gets no amount whatever the caller passes (contract invariant 1).
"""

from __future__ import annotations

from decimal import Decimal
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from lumen_server.core.config import Settings
from lumen_server.core.i18n import Language
from lumen_server.mail.content import MailChange, MailLine, Recipient
from lumen_server.mail.formatting import format_money, one_line
from lumen_server.mail.texts import TEXTS


def _t(key: str, language: Language, **values: object) -> str:
    return TEXTS[key][language].format(**values)


def _message(settings: Settings, *, to: Recipient, subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to.email
    message["Subject"] = one_line(subject)
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid(domain="lumen.ca")
    message["Content-Language"] = f"{to.language}-CA"
    greeting = _t("greeting", to.language, name=one_line(to.name))
    message.set_content(greeting + "\n" + body + _t("signature", to.language), charset="utf-8")
    return message


def _lines_text(lines: list[MailLine], to: Recipient) -> str:
    text = _t("lines_heading", to.language)
    for line in lines:
        values = {"sku": line.sku, "name": one_line(line.name), "quantity": line.quantity, "uom": line.uom}
        if to.can_see_prices and line.amount is not None:
            text += _t("line_priced", to.language, amount=format_money(line.amount, to.language), **values)
        else:
            text += _t("line", to.language, **values)
    return text


def approval_requested(
    settings: Settings,
    *,
    approver: Recipient,
    requester_name: str,
    customer_name: str,
    approval_id: int,
    lines: list[MailLine],
    note: str | None,
    po_number: str | None,
    job_name: str | None,
    subtotal: Decimal | None,
) -> EmailMessage:
    """ "An order awaits your approval", to the approver: who, how many lines, the lines, the note, what to do."""
    lang = approver.language
    requester = one_line(requester_name)
    body = _t("requested_intro", lang, requester=requester, customer=customer_name, id=approval_id, count=len(lines))
    if po_number:
        body += _t("po_number", lang, value=po_number)
    if job_name:
        body += _t("job_name", lang, value=job_name)
    body += _lines_text(lines, approver)
    if approver.can_see_prices and subtotal is not None:
        body += _t("subtotal", lang, amount=format_money(subtotal, lang))
    if note:
        body += _t("note", lang, requester=requester, note=note)
    body += _t("requested_howto", lang)
    subject = _t("requested_subject", lang, requester=requester)
    return _message(settings, to=approver, subject=subject, body=body)


def approval_approved(
    settings: Settings,
    *,
    requester: Recipient,
    approver_name: str,
    approval_id: int,
    order_number: str,
    changes: list[MailChange],
    total: Decimal | None,
) -> EmailMessage:
    """To the requester: the order number, and line by line what the approver changed."""
    lang = requester.language
    approver = one_line(approver_name)
    body = _t("approved_intro", lang, approver=approver, id=approval_id, order=order_number)
    if changes:
        body += _t("approved_changes", lang, approver=approver)
        for change in changes:
            body += _t(
                f"change_{change.change}",
                lang,
                sku=change.sku,
                name=one_line(change.name),
                requested=change.requested,
                placed=change.placed,
            )
    else:
        body += _t("approved_unchanged", lang)
    if requester.can_see_prices and total is not None:
        body += _t("order_total", lang, amount=format_money(total, lang))
    body += _t("approved_howto", lang)
    subject = _t("approved_subject", lang, id=approval_id, order=order_number)
    return _message(settings, to=requester, subject=subject, body=body)


def approval_rejected(
    settings: Settings, *, requester: Recipient, approver_name: str, approval_id: int, reason: str
) -> EmailMessage:
    """To the requester: who rejected the request, and why."""
    lang = requester.language
    body = _t("rejected_intro", lang, approver=one_line(approver_name), id=approval_id, reason=reason)
    body += _t("rejected_howto", lang)
    return _message(settings, to=requester, subject=_t("rejected_subject", lang, id=approval_id), body=body)


def account_credentials(
    settings: Settings, *, recipient: Recipient, customer_name: str, username: str, password: str
) -> EmailMessage:
    """A new account's username and one-time password, each on a line of its own."""
    lang = recipient.language
    body = _t("credentials_body", lang, customer=customer_name, username=username, password=password)
    body += _t("reply_for_questions", lang)
    return _message(settings, to=recipient, subject=_t("credentials_subject", lang), body=body)


def account_request_rejected(
    settings: Settings, *, recipient: Recipient, customer_name: str, reason: str
) -> EmailMessage:
    """To the person who asked for an account: why it was not opened."""
    lang = recipient.language
    body = _t("account_rejected_body", lang, customer=customer_name, reason=reason)
    body += _t("reply_for_questions", lang)
    return _message(settings, to=recipient, subject=_t("account_rejected_subject", lang), body=body)
