"""Time as the customers count it: their local date (America/Toronto) and working hours.

Working hours are the hours of whole weekdays, Monday to Friday, midnight to midnight in Toronto: a request sent
on Friday at 16:00 has waited 8 working hours on Saturday morning and still 8 on Monday at 00:00. Whole weekdays
rather than 8–17 office hours, so "24 working hours" reads as "one working day" and a request sent in the evening
is not reminded three days later.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

try:
    CUSTOMERS_TIME_ZONE: ZoneInfo | None = ZoneInfo("America/Toronto")
except ZoneInfoNotFoundError:  # no time zone database: UTC, still a consistent clock
    CUSTOMERS_TIME_ZONE = None

_SATURDAY = 5


def local(moment: datetime) -> datetime:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(CUSTOMERS_TIME_ZONE or UTC)


def local_date(moment: datetime) -> date:
    """The day it is for the customers at ``moment``."""
    return local(moment).date()


def _day_start(day: date) -> datetime:
    # In UTC: subtracting two times of one zone would count wall-clock hours, not elapsed ones.
    return datetime.combine(day, time(0), tzinfo=CUSTOMERS_TIME_ZONE or UTC).astimezone(UTC)


def working_hours_between(start: datetime, end: datetime) -> float:
    """Hours from ``start`` to ``end`` that fall on weekdays (elapsed hours: clock changes fall on Sundays)."""
    if end <= start:
        return 0.0
    start, end = local(start).astimezone(UTC), local(end).astimezone(UTC)
    total = timedelta()
    day = local_date(start)
    last = local_date(end)
    while day <= last:
        if day.weekday() < _SATURDAY:
            opens, closes = _day_start(day), _day_start(day + timedelta(days=1))
            overlap = min(end, closes) - max(start, opens)
            if overlap > timedelta():
                total += overlap
        day += timedelta(days=1)
    return total.total_seconds() / 3600
