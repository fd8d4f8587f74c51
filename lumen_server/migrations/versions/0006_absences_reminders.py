"""Stand-in approvers and reminders: absences ("away from … to …, stand-in …"), requests offered to others by the
escalation, the reminder steps done (each once), and per-customer reminder delays.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 23:30:00.000000
"""

import sqlalchemy as sa
from alembic import op

import lumen_server.core.db

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "approver_absences",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("stand_in_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("updated_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("starts_on <= ends_on", name=op.f("ck_approver_absences_dates_in_order")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_approver_absences_user_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["stand_in_id"], ["users.id"], name=op.f("fk_approver_absences_stand_in_id_users")),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_approver_absences")),
    )
    with op.batch_alter_table("approver_absences", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_approver_absences_stand_in_id"), ["stand_in_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_approver_absences_ends_on"), ["ends_on"], unique=False)

    op.create_table(
        "approval_offers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("offered_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["approval_id"],
            ["approval_requests.id"],
            name=op.f("fk_approval_offers_approval_id_approval_requests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_approval_offers_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_offers")),
        sa.UniqueConstraint("approval_id", "user_id", name="one_offer_per_person"),
    )
    with op.batch_alter_table("approval_offers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_approval_offers_approval_id"), ["approval_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_approval_offers_user_id"), ["user_id"], unique=False)

    op.create_table(
        "approval_reminder_steps",
        sa.Column("approval_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=10), nullable=False),
        sa.Column("done_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("step IN ('reminded', 'escalated')", name=op.f("ck_approval_reminder_steps_step_known")),
        sa.ForeignKeyConstraint(
            ["approval_id"],
            ["approval_requests.id"],
            name=op.f("fk_approval_reminder_steps_approval_id_approval_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("approval_id", "step", name=op.f("pk_approval_reminder_steps")),
    )

    op.create_table(
        "approval_reminder_rules",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("reminder_hours", sa.Integer(), nullable=False),
        sa.Column("escalation_hours", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "reminder_hours > 0 AND escalation_hours > reminder_hours",
            name=op.f("ck_approval_reminder_rules_hours_sane"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_approval_reminder_rules_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_approval_reminder_rules")),
    )


def downgrade() -> None:
    op.drop_table("approval_reminder_rules")
    op.drop_table("approval_reminder_steps")
    with op.batch_alter_table("approval_offers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approval_offers_user_id"))
        batch_op.drop_index(batch_op.f("ix_approval_offers_approval_id"))
    op.drop_table("approval_offers")
    with op.batch_alter_table("approver_absences", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approver_absences_ends_on"))
        batch_op.drop_index(batch_op.f("ix_approver_absences_stand_in_id"))
    op.drop_table("approver_absences")
