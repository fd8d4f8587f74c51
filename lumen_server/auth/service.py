"""Sign-in, token refresh, sign-out and password change: the rules of the auth domain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from lumen_server.approvals.service import is_approver
from lumen_server.auth import messages as _messages  # noqa: F401  (registers the domain's messages)
from lumen_server.auth.limits import limits_json
from lumen_server.auth.models import AuthSession, RetiredRefreshToken, User
from lumen_server.auth.passwords import hash_password, needs_rehash, verify_password
from lumen_server.auth.permissions import can_see_prices, may_place
from lumen_server.auth.ratelimit import record_failure, record_success, reserve_check
from lumen_server.auth.schemas import TokenResponse
from lumen_server.auth.tokens import new_token, open_session, token_hash
from lumen_server.core.config import Settings
from lumen_server.core.db import Database, rows_changed, utcnow
from lumen_server.core.errors import ApiError

# Verified against when the username is unknown, so both cases take the same time.
_DUMMY_HASH = hash_password("not-a-real-password")


def _ttls(settings: Settings) -> tuple[timedelta, timedelta]:
    return timedelta(minutes=settings.access_token_minutes), timedelta(days=settings.refresh_token_days)


def _issued(access: str, refresh: str, access_ttl: timedelta) -> TokenResponse:
    """What a sign-in or refresh answers: the new tokens and how many seconds the access token lasts."""
    return TokenResponse(access_token=access, refresh_token=refresh, expires_in=int(access_ttl.total_seconds()))


@dataclass(frozen=True)
class _Candidate:
    """The account a sign-in names, as read before its password is checked (None: unknown or inactive)."""

    user_id: int | None
    password_hash: str


def _candidate(database: Database, *, username: str) -> _Candidate:
    # A read transaction: on SQLite it takes no turn at the one write lock that other sign-ins wait for.
    with database.read_session() as session:
        user = session.scalars(select(User).where(func.lower(User.username) == username.strip().lower())).first()
        if user is None or not user.active:
            return _Candidate(None, _DUMMY_HASH)
        return _Candidate(user.id, user.password_hash)


def sign_in(database: Database, *, settings: Settings, username: str, password: str, address: str) -> TokenResponse:
    """Tokens for good credentials; 401 ``invalid_credentials`` (the failure counted) for bad ones; 429 while this
    username from this address, or this address, has used up its failures (see ``ratelimit``).

    Short transactions around the password check, none held while argon2 runs: reserve the check and read the
    hash; check the password; then count the failure, or open the session.
    """
    reservation = reserve_check(database, settings=settings, username=username, address=address)
    try:
        candidate = _candidate(database, username=username)
        valid = verify_password(candidate.password_hash, password) and candidate.user_id is not None
        rehashed = hash_password(password) if valid and needs_rehash(candidate.password_hash) else None
    except BaseException:
        record_failure(database, settings=settings, reservation=reservation)
        raise
    if not valid:
        record_failure(database, settings=settings, reservation=reservation)
        raise ApiError(401, "invalid_credentials", field="password")
    with database.session() as session:
        signed_in = session.get(User, candidate.user_id)
        if signed_in is not None and signed_in.active and signed_in.password_hash == candidate.password_hash:
            record_success(session, reservation=reservation)
            if rehashed is not None:
                signed_in.password_hash = rehashed
            access_ttl, refresh_ttl = _ttls(settings)
            _auth, access, refresh = open_session(
                session, user=signed_in, access_ttl=access_ttl, refresh_ttl=refresh_ttl
            )
            return _issued(access, refresh, access_ttl)
    # The password or the account changed while it was checked: as if it had been wrong.
    record_failure(database, settings=settings, reservation=reservation)
    raise ApiError(401, "invalid_credentials", field="password")


def refresh_tokens(database: Database, *, settings: Settings, refresh_token: str) -> TokenResponse:
    """New access and refresh tokens for a valid refresh token, which stops working (rotation).

    A refresh token already rotated away, presented again, means two parties hold the session's tokens: the
    whole session (the tokens it was rotated into too) is revoked, then the answer is 401 ``invalid_token``.
    """
    access, refresh = new_token(), new_token()
    now = utcnow()
    access_ttl, refresh_ttl = _ttls(settings)
    presented = token_hash(refresh_token)
    with database.session() as session:
        # One compare-and-swap statement: of two concurrent refreshes with the same token only one wins.
        rotated = session.execute(
            update(AuthSession)
            .where(
                AuthSession.refresh_token_hash == presented,
                AuthSession.revoked_at.is_(None),
                AuthSession.refresh_expires_at > now,
            )
            .values(
                access_token_hash=token_hash(access),
                refresh_token_hash=token_hash(refresh),
                access_expires_at=now + access_ttl,
                refresh_expires_at=now + refresh_ttl,
            )
            .returning(AuthSession.id, AuthSession.user_id)
            .execution_options(synchronize_session=False)
        ).one_or_none()
        if rotated is None:
            _revoke_family_of_retired(session, token_hash=presented, now=now)
        else:
            session.add(RetiredRefreshToken(token_hash=presented, session_id=rotated.id, retired_at=now))
            session.execute(delete(RetiredRefreshToken).where(RetiredRefreshToken.retired_at < now - refresh_ttl))
            user = session.get(User, rotated.user_id)
            if user is not None and user.active:
                return _issued(access, refresh, access_ttl)
    # Outside the transaction: a revoked family stays revoked although the answer is an error.
    raise ApiError(401, "invalid_token", field="refresh_token")


def _revoke_family_of_retired(session: Session, *, token_hash: str, now: datetime) -> None:
    family = session.scalar(select(RetiredRefreshToken.session_id).where(RetiredRefreshToken.token_hash == token_hash))
    if family is not None:
        session.execute(
            update(AuthSession)
            .where(AuthSession.id == family, AuthSession.revoked_at.is_(None))
            .values(revoked_at=now)
            .execution_options(synchronize_session=False)
        )


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
        revoked += rows_changed(result)
    return revoked > 0


def change_password(
    database: Database, *, user: User, current_password: str, new_password: str, keep_access_token: str | None
) -> None:
    """Sets a new password (length checked by the schema), clears the first-login flag and signs out every
    other device: whoever knew the old password loses their sessions.

    Both argon2 runs happen outside any transaction; the new hash is written only if the password did not change
    meanwhile (compare-and-swap on the hash that was checked).
    """
    if not verify_password(user.password_hash, current_password):
        raise ApiError(422, "wrong_current_password", field="current_password")
    if new_password == current_password:
        raise ApiError(422, "password_unchanged", field="new_password")
    new_hash = hash_password(new_password)
    with database.session() as session:
        changed = rows_changed(
            session.execute(
                update(User)
                .where(User.id == user.id, User.password_hash == user.password_hash)
                .values(password_hash=new_hash, must_change_password=False)
                .execution_options(synchronize_session=False)
            )
        )
        if changed:
            others = update(AuthSession).where(AuthSession.user_id == user.id, AuthSession.revoked_at.is_(None))
            if keep_access_token:
                others = others.where(AuthSession.access_token_hash != token_hash(keep_access_token))
            session.execute(others.values(revoked_at=utcnow()).execution_options(synchronize_session=False))
    if not changed:
        raise ApiError(422, "wrong_current_password", field="current_password")


def profile(session: Session, *, user: User) -> dict[str, object]:
    """``GET /me``: who I am and what I may do."""
    approver = user.approver
    return {
        "username": user.username,
        "email": user.email,
        "full_name": user.full_name,
        "language": user.language,
        "customer": {"number": user.customer.number, "name": user.customer.name} if user.customer else None,
        "can_place_orders": may_place(user),
        "can_see_prices": can_see_prices(user),
        "approver": {"full_name": approver.full_name, "email": approver.email} if approver else None,
        "is_approver": is_approver(session, user=user),
        "is_staff": user.is_staff,
        "must_change_password": user.must_change_password,
        **limits_json(user),
    }
