"""The stand-in, reminder and escalation messages. None carries an amount: they only say what waits and where."""

from __future__ import annotations

from datetime import date, datetime
from email.message import EmailMessage

from babel.dates import format_date

from lumen_server.core.config import Settings
from lumen_server.core.i18n import Language
from lumen_server.mail.builders import _count, _message, _t
from lumen_server.mail.content import Recipient
from lumen_server.mail.formatting import format_moment, one_line
from lumen_server.mail.standin_texts import STANDIN_TEXTS as _registered  # noqa: F401  (adds the texts)
from lumen_server.mail.texts import SECTIONS

_LOCALES: dict[str, str] = {"fr": "fr_CA", "en": "en_CA"}


def acting_for(actor_name: str, approver_name: str, language: Language) -> str:
    """ "Jean Dupuis for Marie Tremblay" / "Jean Dupuis pour Marie Tremblay"."""
    return _t("acting_for", language, actor=one_line(actor_name), approver=one_line(approver_name))


def _hours(hours: int, language: Language) -> str:
    return _count("working_hours", hours, language)


def requested_to_stand_in(
    settings: Settings,
    *,
    stand_in: Recipient,
    approver_name: str,
    until: date,
    requester_name: str,
    sent_at: datetime,
    line_count: int,
) -> EmailMessage:
    lang = stand_in.language
    approver, requester = one_line(approver_name), one_line(requester_name)
    body = _t(
        "stand_in_intro",
        lang,
        approver=approver,
        until=format_date(until, "long", locale=_LOCALES[lang]),
        requester=requester,
        sent=format_moment(sent_at, lang),
        lines=_count("lines", line_count, lang),
    )
    body += _t("stand_in_howto", lang, approvals=SECTIONS["approvals"][lang], approver=approver)
    subject = _t("stand_in_subject", lang, approver=approver, requester=requester)
    return _message(settings, to=stand_in, subject=subject, body=body)


def reminder(
    settings: Settings,
    *,
    to: Recipient,
    requester_name: str,
    sent_at: datetime,
    line_count: int,
    waited_hours: int,
    hours_to_escalation: int,
) -> EmailMessage:
    lang = to.language
    requester = one_line(requester_name)
    waited = _hours(waited_hours, lang)
    body = _t(
        "reminder_intro",
        lang,
        requester=requester,
        sent=format_moment(sent_at, lang),
        lines=_count("lines", line_count, lang),
        waited=waited,
    )
    if hours_to_escalation > 0:
        body += _t("reminder_escalation", lang, left=_hours(hours_to_escalation, lang))
    body += _t("reminder_howto", lang, approvals=SECTIONS["approvals"][lang])
    return _message(
        settings, to=to, subject=_t("reminder_subject", lang, waited=waited, requester=requester), body=body
    )


def escalated(
    settings: Settings,
    *,
    to: Recipient,
    approver_name: str,
    requester_name: str,
    sent_at: datetime,
    line_count: int,
    waited_hours: int,
) -> EmailMessage:
    lang = to.language
    approver, requester = one_line(approver_name), one_line(requester_name)
    body = _t(
        "escalated_intro",
        lang,
        requester=requester,
        approver=approver,
        sent=format_moment(sent_at, lang),
        lines=_count("lines", line_count, lang),
        waited=_hours(waited_hours, lang),
    )
    body += _t("escalated_howto", lang, approvals=SECTIONS["approvals"][lang])
    subject = _t("escalated_subject", lang, approver=approver, requester=requester)
    return _message(settings, to=to, subject=subject, body=body)
