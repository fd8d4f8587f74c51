"""Initial schema, with the catalog's full-text search index.

The search index is not a mapped table: FTS5 (SQLite) or a generated tsvector with a GIN index
(PostgreSQL), kept by the database itself so every write path keeps it current.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 16:57:10.000501
"""

import sqlalchemy as sa
from alembic import op

import lumen_server.core.db

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "branches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("province", sa.String(length=2), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branches")),
        sa.UniqueConstraint("code", name=op.f("uq_branches_code")),
    )
    op.create_table(
        "catalog_sequence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalog_sequence")),
    )
    op.create_table(
        "categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name_fr", sa.String(length=120), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["categories.id"], name=op.f("fk_categories_parent_id_categories")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
        sa.UniqueConstraint("code", name=op.f("uq_categories_code")),
    )
    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_categories_parent_id"), ["parent_id"], unique=False)

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

    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("province", sa.String(length=2), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("home_branch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["home_branch_id"], ["branches.id"], name=op.f("fk_customers_home_branch_id_branches")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sa.UniqueConstraint("number", name=op.f("uq_customers_number")),
    )
    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=40), nullable=False),
        sa.Column("mpn", sa.String(length=60), nullable=False),
        sa.Column("upc", sa.String(length=14), nullable=True),
        sa.Column("brand", sa.String(length=80), nullable=False),
        sa.Column("name_fr", sa.String(length=250), nullable=False),
        sa.Column("name_en", sa.String(length=250), nullable=False),
        sa.Column("description_fr", sa.Text(), nullable=False),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("uom", sa.String(length=10), nullable=False),
        sa.Column("sale_multiple", sa.Integer(), nullable=False),
        sa.Column("price_unit", sa.Integer(), nullable=False),
        sa.Column("list_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("image_url", sa.String(length=500), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("search_keywords", sa.Text(), nullable=False),
        sa.Column("updated_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("price_unit IN (1, 100, 1000)", name=op.f("ck_products_price_unit_known")),
        sa.CheckConstraint("sale_multiple >= 1", name=op.f("ck_products_sale_multiple_positive")),
        sa.ForeignKeyConstraint(["category_id"], ["categories.id"], name=op.f("fk_products_category_id_categories")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
        sa.UniqueConstraint("sku", name=op.f("uq_products_sku")),
    )
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_products_category_id"), ["category_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_products_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_products_mpn"), ["mpn"], unique=False)
        batch_op.create_index(batch_op.f("ix_products_upc"), ["upc"], unique=False)

    op.create_table(
        "contract_prices",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_contract_prices_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_contract_prices_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", "product_id", name=op.f("pk_contract_prices")),
    )
    op.create_table(
        "stock",
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branches.id"], name=op.f("fk_stock_branch_id_branches"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_stock_product_id_products"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("branch_id", "product_id", name=op.f("pk_stock")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("can_place_orders", sa.Boolean(), nullable=False),
        sa.Column("can_see_prices", sa.Boolean(), nullable=False),
        sa.Column("approver_id", sa.Integer(), nullable=True),
        sa.Column("is_staff", sa.Boolean(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("requests_seen_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["approver_id"], ["users.id"], name=op.f("fk_users_approver_id_users")),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], name=op.f("fk_users_customer_id_customers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_users_approver_id"), ["approver_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_users_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "account_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("permission", sa.String(length=20), nullable=False),
        sa.Column("can_see_prices", sa.Boolean(), nullable=False),
        sa.Column("approver_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("reject_reason", sa.Text(), nullable=True),
        sa.Column("created_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("channel IN ('web', 'cmeq', 'acceo')", name=op.f("ck_account_requests_channel_known")),
        sa.CheckConstraint(
            "permission IN ('place_orders', 'order_for_approval')",
            name=op.f("ck_account_requests_permission_known"),
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'rejected')", name=op.f("ck_account_requests_status_known")
        ),
        sa.ForeignKeyConstraint(["approver_id"], ["users.id"], name=op.f("fk_account_requests_approver_id_users")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_account_requests_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"], name=op.f("fk_account_requests_decided_by_id_users")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_account_requests_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_requests")),
    )
    with op.batch_alter_table("account_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_requests_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_requests_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_requests_status"), ["status"], unique=False)

    op.create_table(
        "auth_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("refresh_token_hash", sa.String(length=64), nullable=False),
        sa.Column("access_token_hash", sa.String(length=64), nullable=False),
        sa.Column("access_expires_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("refresh_expires_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_auth_sessions_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_sessions")),
        sa.UniqueConstraint("access_token_hash", name=op.f("uq_auth_sessions_access_token_hash")),
        sa.UniqueConstraint("refresh_token_hash", name=op.f("uq_auth_sessions_refresh_token_hash")),
    )
    with op.batch_alter_table("auth_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auth_sessions_user_id"), ["user_id"], unique=False)

    op.create_table(
        "carts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("po_number", sa.String(length=40), nullable=True),
        sa.Column("job_name", sa.String(length=80), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_carts_user_id_users"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carts")),
        sa.UniqueConstraint("user_id", name=op.f("uq_carts_user_id")),
    )
    op.create_table(
        "order_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_order_templates_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_order_templates_owner_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_templates")),
    )
    with op.batch_alter_table("order_templates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_templates_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_order_templates_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("placed_by_id", sa.Integer(), nullable=False),
        sa.Column("requester_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("po_number", sa.String(length=40), nullable=True),
        sa.Column("job_name", sa.String(length=80), nullable=True),
        sa.Column("shipping_method", sa.String(length=10), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=True),
        sa.Column("province", sa.String(length=2), nullable=False),
        sa.Column("created_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("shipping_method IN ('delivery', 'pickup')", name=op.f("ck_orders_shipping_known")),
        sa.ForeignKeyConstraint(["branch_id"], ["branches.id"], name=op.f("fk_orders_branch_id_branches")),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], name=op.f("fk_orders_customer_id_customers")),
        sa.ForeignKeyConstraint(["placed_by_id"], ["users.id"], name=op.f("fk_orders_placed_by_id_users")),
        sa.ForeignKeyConstraint(["requester_id"], ["users.id"], name=op.f("fk_orders_requester_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orders")),
        sa.UniqueConstraint("number", name=op.f("uq_orders_number")),
    )
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_orders_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_orders_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_orders_placed_by_id"), ["placed_by_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_orders_requester_id"), ["requester_id"], unique=False)

    op.create_table(
        "approval_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("requester_id", sa.Integer(), nullable=False),
        sa.Column("approver_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("po_number", sa.String(length=40), nullable=True),
        sa.Column("job_name", sa.String(length=80), nullable=True),
        sa.Column("reject_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("created_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'rejected', 'cancelled')",
            name=op.f("ck_approval_requests_status_known"),
        ),
        sa.ForeignKeyConstraint(["approver_id"], ["users.id"], name=op.f("fk_approval_requests_approver_id_users")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_approval_requests_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_approval_requests_order_id_orders")),
        sa.ForeignKeyConstraint(["requester_id"], ["users.id"], name=op.f("fk_approval_requests_requester_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_requests")),
    )
    with op.batch_alter_table("approval_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_approval_requests_approver_id"), ["approver_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_approval_requests_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_approval_requests_requester_id"), ["requester_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_approval_requests_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_approval_requests_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "cart_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cart_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_cart_lines_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["cart_id"], ["carts.id"], name=op.f("fk_cart_lines_cart_id_carts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name=op.f("fk_cart_lines_product_id_products")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cart_lines")),
        sa.UniqueConstraint("cart_id", "product_id", name=op.f("uq_cart_lines_cart_id")),
    )
    with op.batch_alter_table("cart_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cart_lines_cart_id"), ["cart_id"], unique=False)

    op.create_table(
        "idempotency_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("created_at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_idempotency_keys_order_id_orders")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_idempotency_keys_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idempotency_keys")),
        sa.UniqueConstraint("user_id", "key", name=op.f("uq_idempotency_keys_user_id")),
    )
    op.create_table(
        "order_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("price_unit", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_order_lines_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_order_lines_order_id_orders"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name=op.f("fk_order_lines_product_id_products")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_lines")),
    )
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_lines_order_id"), ["order_id"], unique=False)

    op.create_table(
        "template_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_template_lines_quantity_positive")),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name=op.f("fk_template_lines_product_id_products")),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["order_templates.id"],
            name=op.f("fk_template_lines_template_id_order_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_lines")),
    )
    with op.batch_alter_table("template_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_template_lines_template_id"), ["template_id"], unique=False)

    op.create_table(
        "approval_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("at", lumen_server.core.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], name=op.f("fk_approval_events_actor_id_users")),
        sa.ForeignKeyConstraint(
            ["approval_id"],
            ["approval_requests.id"],
            name=op.f("fk_approval_events_approval_id_approval_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_events")),
    )
    with op.batch_alter_table("approval_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_approval_events_approval_id"), ["approval_id"], unique=False)

    op.create_table(
        "approval_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_approval_lines_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["approval_id"],
            ["approval_requests.id"],
            name=op.f("fk_approval_lines_approval_id_approval_requests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name=op.f("fk_approval_lines_product_id_products")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_lines")),
    )
    with op.batch_alter_table("approval_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_approval_lines_approval_id"), ["approval_id"], unique=False)

    op.create_table(
        "approval_requested_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approval_id"],
            ["approval_requests.id"],
            name=op.f("fk_approval_requested_lines_approval_id_approval_requests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_approval_requested_lines_product_id_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_requested_lines")),
    )
    with op.batch_alter_table("approval_requested_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_approval_requested_lines_approval_id"), ["approval_id"], unique=False)

    create_product_search()


def downgrade() -> None:
    drop_product_search()
    with op.batch_alter_table("approval_requested_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approval_requested_lines_approval_id"))

    op.drop_table("approval_requested_lines")
    with op.batch_alter_table("approval_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approval_lines_approval_id"))

    op.drop_table("approval_lines")
    with op.batch_alter_table("approval_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approval_events_approval_id"))

    op.drop_table("approval_events")
    with op.batch_alter_table("template_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_template_lines_template_id"))

    op.drop_table("template_lines")
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_order_lines_order_id"))

    op.drop_table("order_lines")
    op.drop_table("idempotency_keys")
    with op.batch_alter_table("cart_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cart_lines_cart_id"))

    op.drop_table("cart_lines")
    with op.batch_alter_table("approval_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approval_requests_updated_at"))
        batch_op.drop_index(batch_op.f("ix_approval_requests_status"))
        batch_op.drop_index(batch_op.f("ix_approval_requests_requester_id"))
        batch_op.drop_index(batch_op.f("ix_approval_requests_customer_id"))
        batch_op.drop_index(batch_op.f("ix_approval_requests_approver_id"))

    op.drop_table("approval_requests")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_orders_requester_id"))
        batch_op.drop_index(batch_op.f("ix_orders_placed_by_id"))
        batch_op.drop_index(batch_op.f("ix_orders_customer_id"))
        batch_op.drop_index(batch_op.f("ix_orders_created_at"))

    op.drop_table("orders")
    with op.batch_alter_table("order_templates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_order_templates_owner_id"))
        batch_op.drop_index(batch_op.f("ix_order_templates_customer_id"))

    op.drop_table("order_templates")
    op.drop_table("carts")
    with op.batch_alter_table("auth_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_sessions_user_id"))

    op.drop_table("auth_sessions")
    with op.batch_alter_table("account_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_requests_status"))
        batch_op.drop_index(batch_op.f("ix_account_requests_email"))
        batch_op.drop_index(batch_op.f("ix_account_requests_customer_id"))

    op.drop_table("account_requests")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_customer_id"))
        batch_op.drop_index(batch_op.f("ix_users_approver_id"))

    op.drop_table("users")
    op.drop_table("stock")
    op.drop_table("contract_prices")
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_products_upc"))
        batch_op.drop_index(batch_op.f("ix_products_mpn"))
        batch_op.drop_index(batch_op.f("ix_products_change_seq"))
        batch_op.drop_index(batch_op.f("ix_products_category_id"))

    op.drop_table("products")
    op.drop_table("customers")
    with op.batch_alter_table("login_failures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_failures_username"))
        batch_op.drop_index(batch_op.f("ix_login_failures_failed_at"))

    op.drop_table("login_failures")
    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_categories_parent_id"))

    op.drop_table("categories")
    op.drop_table("catalog_sequence")
    op.drop_table("branches")


# Searchable text of a product: SKU, MPN, UPC, brand, both languages' names and the extra keywords
# (SKU/MPN without punctuation, accent-free words) computed by lumen_server.catalog.keywords.
SEARCH_COLUMNS = ("sku", "mpn", "upc", "brand", "name_fr", "name_en", "search_keywords")
# PostgreSQL: the same columns in three weights, so ts_rank prefers a code match over a name match.
PG_WEIGHTS = (("A", ("sku", "mpn", "upc")), ("B", ("brand", "search_keywords")), ("C", ("name_fr", "name_en")))


def _pg_document(columns: tuple[str, ...], weight: str) -> str:
    text = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
    # The default parser keeps "5320-W" or "14/2" whole; split them the way the query side does.
    return f"setweight(to_tsvector('simple', translate({text}, '-/_#+', '     ')), '{weight}')"


def create_product_search() -> None:
    if op.get_bind().dialect.name == "sqlite":
        columns = ", ".join(SEARCH_COLUMNS)
        new = ", ".join(f"new.{c}" for c in SEARCH_COLUMNS)
        old = ", ".join(f"old.{c}" for c in SEARCH_COLUMNS)
        op.execute(
            f"CREATE VIRTUAL TABLE product_search USING fts5({columns}, content='products', "
            "content_rowid='id', tokenize=\"unicode61 remove_diacritics 2 tokenchars '.'\", prefix='2 3 4')"
        )
        insert = f"INSERT INTO product_search(rowid, {columns}) VALUES (new.id, {new});"
        delete = f"INSERT INTO product_search(product_search, rowid, {columns}) VALUES ('delete', old.id, {old});"
        op.execute(f"CREATE TRIGGER product_search_ai AFTER INSERT ON products BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER product_search_ad AFTER DELETE ON products BEGIN {delete} END")
        op.execute(f"CREATE TRIGGER product_search_au AFTER UPDATE ON products BEGIN {delete} {insert} END")
    else:
        document = " || ".join(_pg_document(columns, weight) for weight, columns in PG_WEIGHTS)
        op.execute(f"ALTER TABLE products ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({document}) STORED")
        op.execute("CREATE INDEX ix_products_search_vector ON products USING gin (search_vector)")


def drop_product_search() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("product_search_ai", "product_search_ad", "product_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS product_search")
    else:
        op.execute("DROP INDEX IF EXISTS ix_products_search_vector")
        op.execute("ALTER TABLE products DROP COLUMN IF EXISTS search_vector")
