"""The typed HTTP client of the Lumen API v1 (``/work/shared/api-contract.md``).

Usage (always inside an ``Op``, never on the GUI thread)::

    client = ApiClient("http://127.0.0.1:8765", language="fr")
    client.auth.sign_in("marie.tremblay", "demo-marie.tremblay")
    me = client.me()
    page = client.catalog.search(q="14/2", page_size=50)
    order = client.cart.checkout({"method": "delivery"}, idempotency_key=uuid4().hex)

Errors: ``ApiError`` (status, code, message, field, lines), its subclass ``SessionExpired``, and
``ServiceUnreachable`` (no answer at all). See ``client`` for the transport policies.
"""

from .client import ApiClient, normalize_address
from .errors import ApiError, LineError, ServiceUnreachable, SessionExpired
from .model import UnexpectedAnswer
from .types import (
    AccountRequest,
    CatalogChanges,
    Category,
    Customer,
    InboxSummary,
    Me,
    Page,
    Person,
    Product,
    StockLevel,
    Tokens,
)
from .types_orders import Approval, Cart, HistoryEntry, Line, Order, Tax, Template

__all__ = [
    "AccountRequest",
    "ApiClient",
    "ApiError",
    "Approval",
    "Cart",
    "CatalogChanges",
    "Category",
    "Customer",
    "HistoryEntry",
    "InboxSummary",
    "Line",
    "LineError",
    "Me",
    "Order",
    "Page",
    "Person",
    "Product",
    "ServiceUnreachable",
    "SessionExpired",
    "StockLevel",
    "Tax",
    "Template",
    "Tokens",
    "UnexpectedAnswer",
    "normalize_address",
]
