"""Sign-in throttling as the OWASP authentication cheat sheet describes it, shared by every worker.

Two counters per attempt, each in a fixed window (``login_failure_window_seconds``):

- per username *and* client address (``login_max_failures``): a stranger guessing one person's password is
  stopped after a few tries, while that person, signing in from their own address, is not affected;
- per client address (``login_max_failures_per_address``): one client cannot try a few passwords on every
  username either.

An attempt is counted *before* its password is checked, by one upsert per counter (``INSERT … ON CONFLICT DO
UPDATE … RETURNING``, atomic on SQLite and PostgreSQL alike), so 50 simultaneous guesses get at most the limit
checked and the rest answer 429 at once. A successful sign-in gives its reservation back: the username's counter
for that address is cleared and the address's counter goes down by one, so only failures stay counted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, literal, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from lumen_server.auth.models import LoginThrottle
from lumen_server.core.config import Settings
from lumen_server.core.db import utcnow
from lumen_server.core.errors import ApiError

_table = LoginThrottle.__table__


@dataclass(frozen=True)
class Reservation:
    """The counters one sign-in attempt was counted against."""

    user_key: str
    address_key: str


def _username_key(username: str) -> str:
    return username.strip().casefold()[:80]


def keys_for(*, username: str, address: str) -> Reservation:
    address = address[:100]
    return Reservation(user_key=f"user:{_username_key(username)}@{address}", address_key=f"address:{address}")


def _count(session: Session, *, key: str, now: datetime, window: timedelta) -> tuple[int, datetime]:
    """This attempt added to ``key``'s counter in one statement; returns (attempts in the window, window start)."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    now_value = literal(now, type_=_table.c.window_started_at.type)
    expired = _table.c.window_started_at <= literal(now - window, type_=_table.c.window_started_at.type)
    statement = (
        insert(_table)
        .values(key=key, attempts=1, window_started_at=now)
        .on_conflict_do_update(
            index_elements=[_table.c.key],
            set_={
                "attempts": case((expired, 1), else_=_table.c.attempts + 1),
                "window_started_at": case((expired, now_value), else_=_table.c.window_started_at),
            },
        )
        .returning(_table.c.attempts, _table.c.window_started_at)
    )
    attempts, started = session.execute(statement).one()
    return attempts, started


def reserve_attempt(session: Session, *, settings: Settings, username: str, address: str) -> Reservation:
    """Counts one attempt against both limits, or answers 429 ``too_many_attempts`` with ``Retry-After`` (the
    seconds until that counter's window ends) when either is used up. Raised inside the transaction, so a refused
    attempt is not counted (the caller's transaction rolls back)."""
    now = utcnow()
    window = timedelta(seconds=settings.login_failure_window_seconds)
    reservation = keys_for(username=username, address=address)
    limits = (
        (reservation.user_key, settings.login_max_failures),
        (reservation.address_key, settings.login_max_failures_per_address),
    )
    for key, limit in limits:
        attempts, started = _count(session, key=key, now=now, window=window)
        if attempts > limit:
            retry_after = max(1, math.ceil((started + window - now).total_seconds()))
            raise ApiError(
                429,
                "too_many_attempts",
                field="username",
                headers={"Retry-After": str(retry_after)},
                retry_after=retry_after,
            )
    # Forget windows long over, so the table stays small.
    session.execute(delete(LoginThrottle).where(LoginThrottle.window_started_at < now - 2 * window))
    return reservation


def release_after_success(session: Session, *, reservation: Reservation) -> None:
    """The password was right: the username's failures from this address are forgotten, and this attempt no
    longer counts against the address."""
    session.execute(delete(LoginThrottle).where(LoginThrottle.key == reservation.user_key))
    session.execute(
        update(LoginThrottle)
        .where(LoginThrottle.key == reservation.address_key, LoginThrottle.attempts > 0)
        .values(attempts=LoginThrottle.attempts - 1)
        .execution_options(synchronize_session=False)
    )
