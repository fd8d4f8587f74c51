"""Talk on a request: comments between requester and approver.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 23:15:00.000000
"""

import sqlalchemy as sa
from alembic import op

import lumen_server.core.db

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "approval_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], name=op.f("fk_approval_comments_author_id_users")),
        sa.ForeignKeyConstraint(
            ["approval_id"],
            ["approval_requests.id"],
            name=op.f("fk_approval_comments_approval_id_approval_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_comments")),
    )
    with op.batch_alter_table("approval_comments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_approval_comments_approval_id"), ["approval_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("approval_comments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approval_comments_approval_id"))
    op.drop_table("approval_comments")
