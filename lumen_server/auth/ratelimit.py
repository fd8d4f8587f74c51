"""Sign-in throttling as the OWASP authentication cheat sheet describes it, shared by every worker.

Failed sign-ins are counted in a fixed window (``login_failure_window_seconds``) under two keys:

- per username *and* client address (``login_max_failures``): a stranger guessing one person's password is
  stopped after a few tries, while that person, signing in from their own address, is not affected;
- per client address (``login_max_failures_per_address``): one client cannot try a few passwords on every
  username either.

Simultaneous guesses must not all be checked before the first failures are counted, so a password check for a
username and address is *reserved* first: ``pending`` counts the checks under way, and a reservation is granted
only while failures + pending checks stay under the limit. Further attempts wait (a fraction of a second: a check
is one argon2 run) until the checks under way are done, then either proceed (those succeeded) or get 429 (they
failed). Each step is one short transaction whose first statement is an upsert on the key's row, which locks it
(PostgreSQL) or the database (SQLite), so every worker sees the same counts.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, case, delete, literal, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from lumen_server.auth.models import LoginThrottle
from lumen_server.core.config import Settings
from lumen_server.core.db import Database, utcnow
from lumen_server.core.errors import ApiError

# Declarative types ``__table__`` as a FromClause; the mapped class's table is a Table, which ``insert`` needs.
_table = cast(Table, LoginThrottle.__table__)
# How long an attempt waits for the checks under way on its key before it is answered 429 anyway.
_MAX_WAIT_SECONDS = 10.0
# Waiting attempts look again after 20 ms, then less and less often (each look is a short write transaction).
_FIRST_POLL_SECONDS, _LAST_POLL_SECONDS = 0.02, 0.25


@dataclass(frozen=True)
class Reservation:
    """The keys one sign-in attempt is counted under."""

    user_key: str
    address_key: str


def keys_for(*, username: str, address: str) -> Reservation:
    address = address[:100]
    return Reservation(user_key=f"user:{username.strip().casefold()[:80]}@{address}", address_key=f"address:{address}")


@dataclass(frozen=True)
class _Count:
    failures: int
    pending: int
    window_started_at: datetime


def _touch(session: Session, *, key: str, now: datetime, window: timedelta) -> _Count:
    """The key's row, created or restarted when its window is over, locked for the rest of the transaction."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    column_type = _table.c.window_started_at.type
    expired = _table.c.window_started_at <= literal(now - window, type_=column_type)
    statement = (
        insert(_table)
        .values(key=key, failures=0, pending=0, window_started_at=now)
        .on_conflict_do_update(
            index_elements=[_table.c.key],
            set_={
                "failures": case((expired, 0), else_=_table.c.failures),
                "pending": case((expired, 0), else_=_table.c.pending),
                "window_started_at": case((expired, literal(now, type_=column_type)), else_=_table.c.window_started_at),
            },
        )
        .returning(_table.c.failures, _table.c.pending, _table.c.window_started_at)
    )
    failures, pending, started = session.execute(statement).one()
    return _Count(failures, pending, started)


def _too_many(count: _Count, *, now: datetime, window: timedelta) -> ApiError:
    retry_after = max(1, math.ceil((count.window_started_at + window - now).total_seconds()))
    return ApiError(
        429, "too_many_attempts", field="username", headers={"Retry-After": str(retry_after)}, retry_after=retry_after
    )


def _try_reserve(database: Database, *, settings: Settings, reservation: Reservation) -> bool:
    """One transaction: 429 when either key has used up its failures; True with a check reserved; False when
    the checks under way could still use up the limit (then wait and try again)."""
    now = utcnow()
    window = timedelta(seconds=settings.login_failure_window_seconds)
    with database.session() as session:
        by_address = _touch(session, key=reservation.address_key, now=now, window=window)
        if by_address.failures >= settings.login_max_failures_per_address:
            raise _too_many(by_address, now=now, window=window)
        by_user = _touch(session, key=reservation.user_key, now=now, window=window)
        if by_user.failures >= settings.login_max_failures:
            raise _too_many(by_user, now=now, window=window)
        if by_user.failures + by_user.pending >= settings.login_max_failures:
            return False
        session.execute(
            update(LoginThrottle)
            .where(LoginThrottle.key == reservation.user_key)
            .values(pending=LoginThrottle.pending + 1)
            .execution_options(synchronize_session=False)
        )
        # Forget windows long over, so the table stays small.
        session.execute(delete(LoginThrottle).where(LoginThrottle.window_started_at < now - 2 * window))
        return True


def reserve_check(database: Database, *, settings: Settings, username: str, address: str) -> Reservation:
    """Reserves one password check for ``username`` from ``address``, or raises 429 ``too_many_attempts`` with
    ``Retry-After`` (seconds until the window that is used up ends)."""
    reservation = keys_for(username=username, address=address)
    deadline = time.monotonic() + _MAX_WAIT_SECONDS
    pause = _FIRST_POLL_SECONDS
    while not _try_reserve(database, settings=settings, reservation=reservation):
        if time.monotonic() > deadline:
            raise ApiError(429, "too_many_attempts", field="username", headers={"Retry-After": "1"}, retry_after=1)
        time.sleep(pause)  # the checks under way take one argon2 run; then the counts tell
        pause = min(2 * pause, _LAST_POLL_SECONDS)
    return reservation


def _release(session: Session, key: str) -> None:
    session.execute(
        update(LoginThrottle)
        .where(LoginThrottle.key == key, LoginThrottle.pending > 0)
        .values(pending=LoginThrottle.pending - 1)
        .execution_options(synchronize_session=False)
    )


def record_failure(database: Database, *, settings: Settings, reservation: Reservation) -> None:
    """The password was wrong: one more failure under both keys, and the reserved check is done."""
    now = utcnow()
    window = timedelta(seconds=settings.login_failure_window_seconds)
    with database.session() as session:
        for key in (reservation.address_key, reservation.user_key):
            _touch(session, key=key, now=now, window=window)
            session.execute(
                update(LoginThrottle)
                .where(LoginThrottle.key == key)
                .values(failures=LoginThrottle.failures + 1)
                .execution_options(synchronize_session=False)
            )
        _release(session, reservation.user_key)


def record_success(session: Session, *, reservation: Reservation) -> None:
    """The password was right: the username's failures from this address are forgotten (its row goes; checks
    still under way find nothing to release)."""
    session.execute(delete(LoginThrottle).where(LoginThrottle.key == reservation.user_key))
