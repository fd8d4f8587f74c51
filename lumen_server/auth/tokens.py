"""Opaque bearer tokens: random strings handed to the client, only their SHA-256 kept in the database.

Opaque tokens (not JWTs) make revocation immediate and need no secret shared between workers.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.auth.models import AuthSession, User
from lumen_server.core.db import utcnow


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(
    session: Session, *, user: User, access_ttl: timedelta, refresh_ttl: timedelta
) -> tuple[AuthSession, str, str]:
    """A new signed-in session for ``user``; returns it with the plain access and refresh tokens."""
    access, refresh = new_token(), new_token()
    now = utcnow()
    auth = AuthSession(
        user_id=user.id,
        access_token_hash=token_hash(access),
        refresh_token_hash=token_hash(refresh),
        access_expires_at=now + access_ttl,
        refresh_expires_at=now + refresh_ttl,
    )
    session.add(auth)
    session.flush()
    return auth, access, refresh


def user_for_access_token(session: Session, token: str, *, now: datetime | None = None) -> User | None:
    """The active user an unexpired, unrevoked access token belongs to, or None."""
    now = now or utcnow()
    auth = session.scalars(select(AuthSession).where(AuthSession.access_token_hash == token_hash(token))).first()
    if auth is None or auth.revoked_at is not None or auth.access_expires_at <= now:
        return None
    if not auth.user.active:
        return None
    return auth.user
