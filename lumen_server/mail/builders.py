"""The messages the service sends, each written in its recipient's language.

A recipient who may not see prices gets no amount whatever the caller passes (contract invariant 1).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from lumen_server.core.config import Settings
from lumen_server.core.i18n import Language
from lumen_server.mail.content import MailChange, MailLine, Recipient, RequestRef
from lumen_server.mail.formatting import format_moment, format_money, format_number, one_line, plural
from lumen_server.mail.texts import PLURALS, SECTIONS, TEXTS, UNITS


def _t(key: str, language: Language, **values: object) -> str:
    return TEXTS[key][language].format(**values)


def changes_text(changes: list[MailChange], lang: Language, *, approver: str) -> str:
    """What the approver changed in a request, line by line, or that the order is as requested."""
    if not changes:
        return _t("approved_unchanged", lang)
    text = _t("approved_changes", lang, approver=approver)
    for change in changes:
        text += _t(
            f"change_{change.change}",
            lang,
            sku=change.sku,
            name=one_line(change.name),
            requested=_quantity(change.requested, lang),
            placed=_quantity(change.placed, lang),
        )
    return text


def _count(key: str, count: int, language: Language) -> str:
    """ "1 ligne", "4 lignes": the number in the recipient's format, the word in its plural form."""
    return plural(count, PLURALS[key][language], language).format(n=format_number(count, language))


def _unit(uom: str, quantity: int, language: Language) -> str:
    forms = UNITS.get(uom)
    return plural(quantity, forms[language], language) if forms else uom


def _requests_section(to: Recipient) -> str:
    """Where this person finds their requests in the desktop, by the name the app gives it for them."""
    return SECTIONS["approvals" if to.is_approver else "my_requests"][to.language]


def _request(ref: RequestRef, language: Language) -> str:
    """ "your request of Dec 1, 2026, 2:05 p.m. (PO 4471 / Tour B)": what the desktop's lists show of it."""
    sent = format_moment(ref.sent_at, language)
    detail = " / ".join(one_line(part) for part in (ref.po_number, ref.job_name) if part)
    if detail:
        return _t("request_ref_detail", language, sent=sent, detail=detail)
    return _t("request_ref", language, sent=sent)


def approval_link(approval_id: int) -> str:
    """The address the desktop app opens the request at (it registers the ``lumen`` URL scheme)."""
    return f"lumen://approvals/{approval_id}"


def _decided_link(ref: RequestRef, to: Recipient) -> str:
    if ref.approval_id is None:
        return ""
    link = approval_link(ref.approval_id)
    return _t("decided_link", to.language, link=link, requests=_requests_section(to), id=ref.approval_id)


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _message(settings: Settings, *, to: Recipient, subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to.email
    message["Subject"] = one_line(subject)
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid(domain="lumen.ca")
    greeting = _t("greeting", to.language, name=one_line(to.name))
    message.set_content(greeting + "\n" + body + _t("signature", to.language), charset="utf-8")
    message["Content-Language"] = f"{to.language}-CA"  # after set_content, which drops Content-* headers
    return message


def _quantity(quantity: int | None, language: Language) -> str:
    return format_number(quantity, language) if quantity is not None else ""


def _lines_text(lines: list[MailLine], to: Recipient) -> str:
    text = _t("lines_heading", to.language)
    for line in lines:
        values = {
            "sku": line.sku,
            "name": one_line(line.name),
            "quantity": format_number(line.quantity, to.language),
            "uom": _unit(line.uom, line.quantity, to.language),
        }
        if to.can_see_prices and line.amount is not None:
            text += _t("line_priced", to.language, amount=format_money(line.amount, to.language), **values)
        else:
            text += _t("line", to.language, **values)
    return text


def approval_requested(
    settings: Settings,
    *,
    approver: Recipient,
    request: RequestRef,
    customer_name: str,
    lines: list[MailLine],
    note: str | None,
    subtotal: Decimal | None,
) -> EmailMessage:
    """ "An order awaits your approval", to the approver: who, how many lines, the lines, the note, what to do."""
    lang = approver.language
    requester = one_line(request.requester_name)
    sent = format_moment(request.sent_at, lang)
    count = _count("lines", len(lines), lang)
    body = _t("requested_intro", lang, requester=requester, customer=customer_name, sent=sent, lines=count)
    if request.po_number:
        body += _t("po_number", lang, value=request.po_number)
    if request.job_name:
        body += _t("job_name", lang, value=request.job_name)
    body += _lines_text(lines, approver)
    if approver.can_see_prices and subtotal is not None:
        body += _t("subtotal", lang, amount=format_money(subtotal, lang))
    if note:
        body += _t("note", lang, requester=requester, note=note)
    approvals = SECTIONS["approvals"][lang]
    body += _t("requested_howto", lang, approvals=approvals)
    if request.approval_id is not None:
        body += _t(
            "requested_link",
            lang,
            link=approval_link(request.approval_id),
            approvals=approvals,
            sent=sent,
            requester=requester,
            id=request.approval_id,
        )
    subject = _t("requested_subject", lang, requester=requester)
    return _message(settings, to=approver, subject=subject, body=body)


def approval_approved(
    settings: Settings,
    *,
    requester: Recipient,
    approver_name: str,
    request: RequestRef,
    order_number: str,
    changes: list[MailChange],
    total: Decimal | None,
) -> EmailMessage:
    """To the requester: the order number, and line by line what the approver changed."""
    lang = requester.language
    approver = one_line(approver_name)
    cited = _request(request, lang)
    body = _t("approved_intro", lang, approver=approver, request=cited, order=order_number)
    body += changes_text(changes, lang, approver=approver)
    if requester.can_see_prices and total is not None:
        body += _t("order_total", lang, amount=format_money(total, lang))
    body += _t("approved_howto", lang, orders=SECTIONS["orders"][lang], requests=_requests_section(requester))
    body += _decided_link(request, requester)
    subject = _t("approved_subject", lang, request=cited, order=order_number)
    return _message(settings, to=requester, subject=subject, body=body)


def approval_rejected(
    settings: Settings, *, requester: Recipient, approver_name: str, request: RequestRef, reason: str
) -> EmailMessage:
    """To the requester: who rejected the request, and why."""
    lang = requester.language
    cited = _request(request, lang)
    body = _t("rejected_intro", lang, approver=one_line(approver_name), request=cited, reason=reason)
    body += _t("rejected_howto", lang, requests=_requests_section(requester))
    body += _decided_link(request, requester)
    subject = _capitalized(_t("rejected_subject", lang, request=cited))
    return _message(settings, to=requester, subject=subject, body=body)


def account_request_received(
    settings: Settings, *, recipient: Recipient, customer_name: str, promised_by: datetime
) -> EmailMessage:
    """To the person who just sent the public form: received, and processed within 72 hours."""
    lang = recipient.language
    promised = format_moment(promised_by, lang)
    body = _t("account_received_body", lang, customer=customer_name, promised=promised)
    body += _t("reply_for_questions", lang)
    return _message(settings, to=recipient, subject=_t("account_received_subject", lang), body=body)


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
