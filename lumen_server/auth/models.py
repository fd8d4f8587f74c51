"""People who sign in, their sessions (refresh + access tokens) and sign-in throttle counters (rate limit)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lumen_server.core.db import Base, utcnow
from lumen_server.customers.models import Customer


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    language: Mapped[str] = mapped_column(String(2), default="fr")
    # None for staff; every customer user belongs to exactly one customer account.
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    can_place_orders: Mapped[bool] = mapped_column(default=False)
    can_see_prices: Mapped[bool] = mapped_column(default=False)
    # "Place orders up to an amount": a buyer (can_place_orders) whose carts over this subtotal go for approval.
    order_limit: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    is_staff: Mapped[bool] = mapped_column(default=False)
    must_change_password: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # When the requester last looked at their decided requests (inbox summary's "decided since last seen").
    requests_seen_at: Mapped[datetime | None] = mapped_column()

    customer: Mapped[Customer | None] = relationship(lazy="joined")
    approver: Mapped[User | None] = relationship(remote_side=[id], lazy="joined", join_depth=1)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class AuthSession(Base):
    """One signed-in device: a revocable refresh token and the current short-lived access token (hashed)."""

    __tablename__ = "auth_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    refresh_token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    access_token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    access_expires_at: Mapped[datetime] = mapped_column()
    refresh_expires_at: Mapped[datetime] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship(lazy="joined")


class RetiredRefreshToken(Base):
    """A refresh token already rotated away: presented again, it shows the session's tokens leaked, and the
    whole session (every token it was rotated into) is revoked."""

    __tablename__ = "retired_refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("auth_sessions.id", ondelete="CASCADE"), index=True)
    retired_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class LoginThrottle(Base):
    """Failed sign-ins in a fixed window per key (``user:<name>@<address>``, ``address:<address>``), and the
    password checks under way for it; one row per key, locked by an upsert (see ``auth.ratelimit``)."""

    __tablename__ = "login_throttles"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column()
    pending: Mapped[int] = mapped_column()
    window_started_at: Mapped[datetime] = mapped_column(index=True)
