"""The stand-in, reminder and escalation messages. None carries an amount: they only say what waits and where."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from typing import Literal

from babel.dates import format_date

from lumen_server.core.config import Settings
from lumen_server.core.i18n import Language
from lumen_server.mail.builders import _count, _message, _t
from lumen_server.mail.content import Recipient
from lumen_server.mail.formatting import format_moment, one_line
from lumen_server.mail.standin_texts import STANDIN_TEXTS as _registered  # noqa: F401  (adds the texts)
from lumen_server.mail.texts import SECTIONS

_LOCALES: dict[str, str] = {"fr": "fr_CA", "en": "en_CA"}


@dataclass(frozen=True)
class Waiting:
    """The request a stand-in, reminder or escalation message is about, as those messages name it."""

    requester_name: str
    sent_at: datetime
    line_count: int

    def words(self, language: Language) -> dict[str, str]:
        """Its requester, when it was sent and how many lines, as the texts' ``{requester}``, ``{sent}``,
        ``{lines}``."""
        return {
            "requester": one_line(self.requester_name),
            "sent": format_moment(self.sent_at, language),
            "lines": _count("lines", self.line_count, language),
        }


def acting_for(actor_name: str, approver_name: str, language: Language) -> str:
    """ "Jean Dupuis for Marie Tremblay" / "Jean Dupuis pour Marie Tremblay"."""
    return _t("acting_for", language, actor=one_line(actor_name), approver=one_line(approver_name))


def _hours(hours: int, language: Language) -> str:
    return _count("working_hours", hours, language)


def _about_waiting(
    settings: Settings,
    *,
    to: Recipient,
    kind: Literal["stand_in", "reminder", "escalated"],
    request: Waiting,
    after_intro: str = "",
    **words: str,
) -> EmailMessage:
    """The ``kind`` ("stand_in", "reminder", "escalated") of message about ``request`` to ``to``: its subject, its
    intro, ``after_intro``, and where to find the request (the Approvals section); ``words`` fill their texts
    besides the request's own."""
    lang = to.language
    values = request.words(lang) | words
    body = _t(f"{kind}_intro", lang, **values) + after_intro
    body += _t(f"{kind}_howto", lang, approvals=SECTIONS["approvals"][lang], **values)
    return _message(settings, to=to, subject=_t(f"{kind}_subject", lang, **values), body=body)


def requested_to_stand_in(
    settings: Settings,
    *,
    stand_in: Recipient,
    approver_name: str,
    until: date,
    request: Waiting,
) -> EmailMessage:
    until_day = format_date(until, "long", locale=_LOCALES[stand_in.language])
    return _about_waiting(
        settings, to=stand_in, kind="stand_in", request=request, approver=one_line(approver_name), until=until_day
    )


def reminder(
    settings: Settings,
    *,
    to: Recipient,
    request: Waiting,
    waited_hours: int,
    hours_to_escalation: int,
) -> EmailMessage:
    lang = to.language
    left = _t("reminder_escalation", lang, left=_hours(hours_to_escalation, lang)) if hours_to_escalation > 0 else ""
    return _about_waiting(
        settings, to=to, kind="reminder", request=request, after_intro=left, waited=_hours(waited_hours, lang)
    )


def escalated(
    settings: Settings,
    *,
    to: Recipient,
    approver_name: str,
    request: Waiting,
    waited_hours: int,
) -> EmailMessage:
    waited = _hours(waited_hours, to.language)
    return _about_waiting(
        settings, to=to, kind="escalated", request=request, approver=one_line(approver_name), waited=waited
    )
