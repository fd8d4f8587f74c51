"""How long a request has waited, in words: "waiting 2 days" / "en attente depuis 2 jours" (real plurals)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject


class Waiting(QObject):
    """The words (a QObject only for ``tr``: its plurals are found by lupdate in context "Waiting")."""

    def days(self, count: int) -> str:
        return self.tr("waiting %n day(s)", "", count)

    def hours(self, count: int) -> str:
        return self.tr("waiting %n hour(s)", "", count)

    def less_than_an_hour(self) -> str:
        return self.tr("waiting less than an hour")


def waiting_text(since: datetime | None, now: datetime | None = None) -> str:
    """Days from the first whole day on, hours before that; "" without a date."""
    if since is None:
        return ""
    moment = now or datetime.now(UTC)
    aware = since if since.tzinfo else since.replace(tzinfo=UTC)
    hours = int(max(0.0, (moment - aware).total_seconds()) / 3600)
    words = Waiting()
    days = int(hours / 24)
    if days >= 1:
        return words.days(days)
    if hours >= 1:
        return words.hours(hours)
    return words.less_than_an_hour()
