"""The e-mails of talk on a request and of merged requests, in each reader's language.

A comment goes to the other side (requester ↔ approver) with the comment's text and, only to a reader who may see
prices, the request's subtotal. A merged order tells each requester which order carries their request; it carries
no amount (the order also holds other people's lines).
"""

from __future__ import annotations

from decimal import Decimal
from email.message import EmailMessage

from sqlalchemy.orm import Session

from lumen_server.approvals.models import ApprovalRequest, current_lines
from lumen_server.approvals.notify import _mail_changes, _mail_lines, _ref, _requester, _write_after_commit
from lumen_server.auth.models import User
from lumen_server.core.config import Settings
from lumen_server.mail.builders import _capitalized, _count, _message, _request, _requests_section, _t, changes_text
from lumen_server.mail.content import MailChange, Recipient, RequestRef
from lumen_server.mail.formatting import format_moment, format_money, one_line
from lumen_server.mail.texts import SECTIONS, add_texts

TALK_TEXTS: dict[str, dict[str, str]] = {
    "comment_subject_requester": {
        "en": "{author} wrote about {request}",
        "fr": "{author} a écrit au sujet de {request}",
    },
    "comment_subject_approver": {
        "en": "{author} wrote about the request sent {sent}",
        "fr": "{author} a écrit au sujet de la demande envoyée le {sent}",
    },
    "comment_intro_requester": {
        "en": "{author} wrote about {request}:\n",
        "fr": "{author} a écrit au sujet de {request} :\n",
    },
    "comment_intro_approver": {
        "en": "{author} wrote about the request {requester} sent {sent}:\n",
        "fr": "{author} a écrit au sujet de la demande envoyée par {requester} le {sent} :\n",
    },
    "comment_subtotal": {
        "en": "\nThe request's subtotal before taxes: {amount}\n",
        "fr": "\nSous-total de la demande avant taxes : {amount}\n",
    },
    "comment_howto": {
        "en": "\nTo read the whole conversation and answer, open the request in Lumen Desktop, under {requests}.\n",
        "fr": (
            "\nPour lire toute la conversation et répondre, ouvrez la demande dans Lumen Desktop, section {requests}.\n"
        ),
    },
    "merged_subject": {
        "en": "Order {order} placed: {request} was approved",
        "fr": "Commande {order} passée : {request} a été approuvée",
    },
    "merged_intro": {
        "en": "{approver} approved {request} and placed it in order {order}, together with {others}.\n",
        "fr": "{approver} a approuvé {request} et l'a passée dans la commande {order}, avec {others}.\n",
    },
}
TALK_PLURALS: dict[str, dict[str, tuple[str, str]]] = {
    "other_requests": {
        "en": ("{n} other request", "{n} other requests"),
        "fr": ("{n} autre demande", "{n} autres demandes"),
    },
}
add_texts(TALK_TEXTS, plurals=TALK_PLURALS)  # one catalog for every mail: ``_t`` and ``_count`` find them there


def comment_message(
    settings: Settings,
    *,
    reader: Recipient,
    reader_is_requester: bool,
    request: RequestRef,
    author_name: str,
    text: str,
    subtotal: Decimal | None,
) -> EmailMessage:
    """The comment to the other side; the subtotal only ever for a reader who may see prices."""
    lang = reader.language
    author = one_line(author_name)
    sent = format_moment(request.sent_at, lang)
    if reader_is_requester:
        cited = _request(request, lang)
        subject = _t("comment_subject_requester", lang, author=author, request=cited)
        body = _t("comment_intro_requester", lang, author=author, request=cited)
    else:
        subject = _t("comment_subject_approver", lang, author=author, sent=sent)
        body = _t("comment_intro_approver", lang, author=author, requester=one_line(request.requester_name), sent=sent)
    body += "\n" + text + "\n"
    if reader.can_see_prices and subtotal is not None:
        body += _t("comment_subtotal", lang, amount=format_money(subtotal, lang))
    body += _t("comment_howto", lang, requests=_requests_section(reader))
    return _message(settings, to=reader, subject=subject, body=body)


def comment_written(
    session: Session, settings: Settings, *, request: ApprovalRequest, author: User, text: str, reader: User
) -> None:
    """E-mails ``text`` to ``reader`` once the comment has committed."""
    is_requester = reader.id == request.requester_id
    recipient = _requester(session, request) if is_requester else Recipient.of(reader, is_approver=True)
    _lines, subtotal = _mail_lines(session, lines=current_lines(request), recipient=reader)
    _write_after_commit(
        session,
        settings,
        comment_message,
        reader=recipient,
        reader_is_requester=is_requester,
        request=_ref(request),
        author_name=author.full_name,
        text=text,
        subtotal=subtotal,
    )


def merged_message(
    settings: Settings,
    *,
    requester: Recipient,
    approver_name: str,
    request: RequestRef,
    order_number: str,
    others: int,
    changes: list[MailChange],
) -> EmailMessage:
    """To one requester of a merged order: which order carries their request, and what the approver changed."""
    lang = requester.language
    approver = one_line(approver_name)
    cited = _request(request, lang)
    other_text = _count("other_requests", others, lang)
    body = _t("merged_intro", lang, approver=approver, request=cited, order=order_number, others=other_text)
    body += changes_text(changes, lang, approver=approver)
    body += _t("approved_howto", lang, orders=SECTIONS["orders"][lang], requests=_requests_section(requester))
    subject = _capitalized(_t("merged_subject", lang, request=cited, order=order_number))
    return _message(settings, to=requester, subject=subject, body=body)


def request_merged(
    session: Session, settings: Settings, *, request: ApprovalRequest, order_number: str, others: int
) -> None:
    """Tells the requester their request went into ``order_number`` with ``others`` other requests."""
    recipient = _requester(session, request)
    changes = _mail_changes(request, current_lines(request), recipient.language)
    _write_after_commit(
        session,
        settings,
        merged_message,
        requester=recipient,
        approver_name=request.approver.full_name,
        request=_ref(request),
        order_number=order_number,
        others=others,
        changes=changes,
    )
