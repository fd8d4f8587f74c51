"""Every table of the service, imported in one place so the metadata (and Alembic) sees them all."""

from lumen_server.account_requests.models import AccountRequest
from lumen_server.approval_rules.models import ApprovalRule
from lumen_server.approvals.models import (
    ApprovalComment,
    ApprovalEvent,
    ApprovalLine,
    ApprovalRequest,
    ApprovalRequestedLine,
)
from lumen_server.approvals.standin_models import ApprovalOffer, ApproverAbsence, ReminderRule, ReminderStep
from lumen_server.auth.models import AuthSession, LoginThrottle, RetiredRefreshToken, User
from lumen_server.cart.models import Cart, CartLine
from lumen_server.catalog.models import CatalogSequence, Category, ContractPrice, Product, Stock
from lumen_server.core.db import Base
from lumen_server.customers.models import Branch, Customer
from lumen_server.events.models import LiveEvent
from lumen_server.orders.models import IdempotencyKey, Order, OrderLine
from lumen_server.templates.models import OrderTemplate, TemplateLine

__all__ = [
    "AccountRequest",
    "ApprovalComment",
    "ApprovalEvent",
    "ApprovalLine",
    "ApprovalOffer",
    "ApprovalRequest",
    "ApprovalRequestedLine",
    "ApprovalRule",
    "ApproverAbsence",
    "AuthSession",
    "Base",
    "Branch",
    "Cart",
    "CartLine",
    "CatalogSequence",
    "Category",
    "ContractPrice",
    "Customer",
    "IdempotencyKey",
    "LiveEvent",
    "LoginThrottle",
    "Order",
    "OrderLine",
    "OrderTemplate",
    "Product",
    "ReminderRule",
    "ReminderStep",
    "RetiredRefreshToken",
    "Stock",
    "TemplateLine",
    "User",
]
