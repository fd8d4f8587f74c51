"""Live events: the rows ``GET /events`` streams to each person and resumes from (``Last-Event-ID``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 23:10:00.000000
"""

import sqlalchemy as sa
from alembic import op

import lumen_server.core.db

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "live_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_live_events_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_events")),
    )
    with op.batch_alter_table("live_events", schema=None) as batch_op:
        batch_op.create_index("ix_live_events_user_id_id", ["user_id", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_live_events_at"), ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("live_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_live_events_at"))
        batch_op.drop_index("ix_live_events_user_id_id")
    op.drop_table("live_events")
