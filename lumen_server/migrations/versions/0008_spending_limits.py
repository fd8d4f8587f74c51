"""Spending limits and two-tier approval: a user's order limit ("place orders up to an amount"), the account
request's limit and its third permission, per-customer second-approver rules, and a request's tier.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 23:05:11.542057
"""

import sqlalchemy as sa
from alembic import op

import lumen_server.core.db

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_PERMISSIONS_BEFORE = "permission IN ('place_orders', 'order_for_approval')"
_PERMISSIONS_NOW = "permission IN ('place_orders', 'order_for_approval', 'place_orders_up_to')"


def upgrade() -> None:
    op.create_table(
        "approval_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("threshold", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("approver_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("threshold >= 0", name=op.f("ck_approval_rules_threshold_not_negative")),
        sa.ForeignKeyConstraint(["approver_id"], ["users.id"], name=op.f("fk_approval_rules_approver_id_users")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_approval_rules_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_rules")),
        sa.UniqueConstraint("customer_id", name=op.f("uq_approval_rules_customer_id")),
    )
    with op.batch_alter_table("account_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("order_limit", sa.Numeric(precision=12, scale=2), nullable=True))
        batch_op.drop_constraint(batch_op.f("ck_account_requests_permission_known"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_account_requests_permission_known"), _PERMISSIONS_NOW)
    with op.batch_alter_table("approval_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tier", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(sa.Column("first_approver_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_approval_requests_first_approver_id_users"), "users", ["first_approver_id"], ["id"]
        )
    # The default only filled the rows already there; new rows get theirs from the model, like every column.
    with op.batch_alter_table("approval_requests", schema=None) as batch_op:
        batch_op.alter_column("tier", server_default=None)
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("order_limit", sa.Numeric(precision=12, scale=2), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("order_limit")
    with op.batch_alter_table("approval_requests", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_approval_requests_first_approver_id_users"), type_="foreignkey")
        batch_op.drop_column("first_approver_id")
        batch_op.drop_column("tier")
    op.execute("DELETE FROM account_requests WHERE permission = 'place_orders_up_to'")
    with op.batch_alter_table("account_requests", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_account_requests_permission_known"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_account_requests_permission_known"), _PERMISSIONS_BEFORE)
        batch_op.drop_column("order_limit")
    op.drop_table("approval_rules")
