"""Security: sign-in throttle counters per (username, address) and per address; retired refresh tokens (reuse
revokes the session); idempotency keys remember their operation, target and payload fingerprint.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 20:10:00.000000
"""

import sqlalchemy as sa
from alembic import op

import lumen_server.core.db

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_SCOPE = ("operation", "target", "fingerprint")


def upgrade() -> None:
    with op.batch_alter_table("login_failures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_failures_username"))
        batch_op.drop_index(batch_op.f("ix_login_failures_failed_at"))
    op.drop_table("login_failures")
    op.create_table(
        "login_throttles",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("pending", sa.Integer(), nullable=False),
        sa.Column("window_started_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_throttles")),
    )
    with op.batch_alter_table("login_throttles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_throttles_window_started_at"), ["window_started_at"], unique=False)

    op.create_table(
        "retired_refresh_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("retired_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["auth_sessions.id"],
            name=op.f("fk_retired_refresh_tokens_session_id_auth_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_retired_refresh_tokens")),
    )
    with op.batch_alter_table("retired_refresh_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_retired_refresh_tokens_retired_at"), ["retired_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_retired_refresh_tokens_session_id"), ["session_id"], unique=False)

    # Keys recorded before this revision have no scope: "" matches no request, so they are never replayed for
    # another one (a retry across the upgrade answers 422 instead of a wrong order).
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("operation", sa.String(length=40), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("target", sa.String(length=80), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("fingerprint", sa.String(length=64), nullable=False, server_default=""))
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        for column in _SCOPE:
            batch_op.alter_column(column, server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        for column in reversed(_SCOPE):
            batch_op.drop_column(column)

    with op.batch_alter_table("retired_refresh_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_retired_refresh_tokens_session_id"))
        batch_op.drop_index(batch_op.f("ix_retired_refresh_tokens_retired_at"))
    op.drop_table("retired_refresh_tokens")

    with op.batch_alter_table("login_throttles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_throttles_window_started_at"))
    op.drop_table("login_throttles")
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("failed_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failures")),
    )
    with op.batch_alter_table("login_failures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_failures_failed_at"), ["failed_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_login_failures_username"), ["username"], unique=False)
