"""Sign-in, token refresh, sign-out and password change: the rules of the auth domain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from lumen_server.approvals.service import is_approver
from lumen_server.auth import messages as _messages  # noqa: F401  (registers the domain's messages)
from lumen_server.auth.models import AuthSession, User
from lumen_server.auth.passwords import hash_password, verify_password
from lumen_server.auth.ratelimit import clear_failures, ensure_not_locked, record_failure
from lumen_server.auth.tokens import new_token, open_session, token_hash
from lumen_server.core.config import Settings
from lumen_server.core.db import utcnow
from lumen_server.core.errors import ApiError

# Verified against when the username is unknown, so both cases take the same time.
_DUMMY_HASH = hash_password("not-a-real-password")


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    expires_in: int


def _ttls(settings: Settings) -> tuple[timedelta, timedelta]:
    return timedelta(minutes=settings.access_token_minutes), timedelta(days=settings.refresh_token_days)


def sign_in(session: Session, *, settings: Settings, username: str, password: str) -> IssuedTokens | None:
    """Tokens for good credentials; None (with the failure recorded) for bad ones; 429 while locked out.

    The caller commits before answering 401, so the failure counts even though the request fails.
    """
    ensure_not_locked(session, settings=settings, username=username)
    user = session.scalars(select(User).where(func.lower(User.username) == username.strip().lower())).first()
    valid = verify_password(user.password_hash if user else _DUMMY_HASH, password)
    if user is None or not valid or not user.active:
        record_failure(session, settings=settings, username=username)
        return None
    clear_failures(session, username=username)
    access_ttl, refresh_ttl = _ttls(settings)
    _auth, access, refresh = open_session(session, user=user, access_ttl=access_ttl, refresh_ttl=refresh_ttl)
    return IssuedTokens(access, refresh, int(access_ttl.total_seconds()))


def refresh_tokens(session: Session, *, settings: Settings, refresh_token: str) -> IssuedTokens:
    """New access and refresh tokens for a valid refresh token, which stops working (rotation)."""
    access, refresh = new_token(), new_token()
    now = utcnow()
    access_ttl, refresh_ttl = _ttls(settings)
    # One compare-and-swap statement: of two concurrent refreshes with the same token only one wins.
    rotated = session.execute(
        update(AuthSession)
        .where(
            AuthSession.refresh_token_hash == token_hash(refresh_token),
            AuthSession.revoked_at.is_(None),
            AuthSession.refresh_expires_at > now,
        )
        .values(
            access_token_hash=token_hash(access),
            refresh_token_hash=token_hash(refresh),
            access_expires_at=now + access_ttl,
            refresh_expires_at=now + refresh_ttl,
        )
        .returning(AuthSession.user_id)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    user = session.get(User, rotated) if rotated is not None else None
    if user is None or not user.active:
        raise ApiError(401, "invalid_token", field="refresh_token")
    return IssuedTokens(access, refresh, int(access_ttl.total_seconds()))


def sign_out(session: Session, *, access_token: str | None, refresh_token: str | None) -> bool:
    """Revokes the session of either token; returns whether one was found."""
    hashes = []
    if access_token:
        hashes.append(AuthSession.access_token_hash == token_hash(access_token))
    if refresh_token:
        hashes.append(AuthSession.refresh_token_hash == token_hash(refresh_token))
    revoked = 0
    for condition in hashes:
        result = session.execute(
            update(AuthSession)
            .where(condition, AuthSession.revoked_at.is_(None))
            .values(revoked_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        revoked += result.rowcount or 0
    return revoked > 0


def change_password(
    session: Session, *, user: User, current_password: str, new_password: str, keep_access_token: str | None
) -> None:
    """Sets a new password (length checked by the schema), clears the first-login flag and signs out every
    other device: whoever knew the old password loses their sessions."""
    if not verify_password(user.password_hash, current_password):
        raise ApiError(422, "wrong_current_password", field="current_password")
    if new_password == current_password:
        raise ApiError(422, "password_unchanged", field="new_password")
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    others = update(AuthSession).where(AuthSession.user_id == user.id, AuthSession.revoked_at.is_(None))
    if keep_access_token:
        others = others.where(AuthSession.access_token_hash != token_hash(keep_access_token))
    session.execute(others.values(revoked_at=utcnow()).execution_options(synchronize_session=False))


def profile(session: Session, *, user: User) -> dict[str, object]:
    """``GET /me``: who I am and what I may do."""
    approver = user.approver
    return {
        "username": user.username,
        "email": user.email,
        "full_name": user.full_name,
        "language": user.language,
        "customer": {"number": user.customer.number, "name": user.customer.name} if user.customer else None,
        "can_place_orders": user.can_place_orders,
        "can_see_prices": user.can_see_prices,
        "approver": {"full_name": approver.full_name, "email": approver.email} if approver else None,
        "is_approver": is_approver(session, user=user),
        "is_staff": user.is_staff,
        "must_change_password": user.must_change_password,
    }
