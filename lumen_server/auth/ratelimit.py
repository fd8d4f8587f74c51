"""Sign-in rate limit per username, counted in the ``login_failures`` table so every worker shares it."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from lumen_server.auth.models import LoginFailure
from lumen_server.core.config import Settings
from lumen_server.core.db import utcnow
from lumen_server.core.errors import ApiError


def _key(username: str) -> str:
    return username.strip().casefold()[:80]


def ensure_not_locked(session: Session, *, settings: Settings, username: str, now: datetime | None = None) -> None:
    """429 ``too_many_attempts`` with ``Retry-After`` while the username has too many recent failures."""
    now = now or utcnow()
    window = timedelta(seconds=settings.login_failure_window_seconds)
    recent = list(
        session.scalars(
            select(LoginFailure.failed_at)
            .where(LoginFailure.username == _key(username), LoginFailure.failed_at > now - window)
            .order_by(LoginFailure.failed_at.desc())
        )
    )
    if len(recent) < settings.login_max_failures:
        return
    # Unlocked once enough failures leave the window for the count to drop under the limit.
    unlocks_at = recent[settings.login_max_failures - 1] + window
    retry_after = max(1, math.ceil((unlocks_at - now).total_seconds()))
    raise ApiError(
        429, "too_many_attempts", field="username", headers={"Retry-After": str(retry_after)}, retry_after=retry_after
    )


def record_failure(session: Session, *, settings: Settings, username: str) -> None:
    now = utcnow()
    session.add(LoginFailure(username=_key(username), failed_at=now))
    # Forget failures older than the window, so the table stays small.
    cutoff = now - timedelta(seconds=settings.login_failure_window_seconds)
    session.execute(delete(LoginFailure).where(LoginFailure.failed_at < cutoff))


def clear_failures(session: Session, *, username: str) -> None:
    session.execute(delete(LoginFailure).where(LoginFailure.username == _key(username)))


def failure_count(session: Session, *, username: str) -> int:
    return session.scalar(select(func.count()).where(LoginFailure.username == _key(username))) or 0
