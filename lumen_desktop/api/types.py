"""Typed results of the auth, me, catalog, inbox and account-request calls (cart and orders: ``types_orders``).

Every type is a frozen pydantic model validated from the answer by ``from_json`` (``UnexpectedAnswer`` when it
does not fit, see ``model``). Prices are ``Decimal | None``: ``None`` means the user may not see prices (the
answer has no price key).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .model import ApiModel, Money, Text, spread

T = TypeVar("T")

Permission = Literal["place_orders", "order_for_approval", "place_orders_up_to"]
"""What a customer user may do with a cart; ``place_orders_up_to`` sends a cart over ``order_limit`` for approval."""


class Tokens(ApiModel):
    access_token: str
    refresh_token: str
    expires_in: int = 900


class Customer(ApiModel):
    number: str
    name: str


class Person(ApiModel):
    """Someone named in a response (an approver, a requester): the fields the contract gives for them."""

    full_name: str
    email: str = ""
    username: str = ""

    @property
    def shown_name(self) -> str:
        """How the person is named on screen: their full name, else their username."""
        return self.full_name or self.username


class Me(ApiModel):
    """``GET /me``: who is signed in and what the window may offer them."""

    username: str
    email: str
    full_name: str
    language: str
    customer: Customer | None
    can_place_orders: bool
    can_see_prices: bool
    approver: Person | None = None
    is_approver: bool = False
    is_staff: bool = False
    must_change_password: bool = False
    permission: Permission | None = None
    """None from a service older than the field (``limits.OrderPermission`` then tells it from the rights)."""
    order_limit: Money = None
    """With ``place_orders_up_to``, and only for a user who may see prices."""

    @property
    def is_requester(self) -> bool:
        """Sends carts to an approver: an "order for approval" user, or one who places orders up to a limit."""
        limited = self.permission == "place_orders_up_to"
        return not self.is_staff and (not self.can_place_orders or limited)


class Category(ApiModel):
    """A node of ``GET /categories``; ``id`` is what ``products(category=...)`` takes."""

    id: str
    name: str
    children: list[Category] = Field(default_factory=list)


class StockLevel(ApiModel):
    branch: str  # the branch's name, as shown
    quantity: int
    branch_code: str = ""

    @model_validator(mode="before")
    @classmethod
    def _branch(cls, data: Any) -> Any:
        # The contract sends {"branch": {"code", "name"}, "quantity"}.
        return spread(data, "branch", branch="name", branch_code="code")


class Product(ApiModel):
    """A product as listed, changed or detailed. ``price`` is per ``price_unit`` (1, 100 = per C, 1000 = per M)
    and None for a user who may not see prices; ``stock`` and ``description`` may be empty in lists."""

    sku: str
    mpn: str
    upc: Text
    brand: str
    name: str
    description: Text = ""
    category: str
    category_name: str = ""
    """The category's name as the service sent it (empty for a product read from the local replica)."""
    uom: str
    sale_multiple: int
    price_unit: int
    image_url: str | None
    price: Money = None
    stock: list[StockLevel] = Field(default_factory=list)
    stock_here: StockLevel | None = None
    """The stock at the customer's home branch, in lists (None: the account has none, or not a list item)."""

    @model_validator(mode="before")
    @classmethod
    def _category(cls, data: Any) -> Any:
        # The contract sends {"category": {"id", "name"}}; the client keeps the id, and the name to show.
        return spread(data, "category", category="id", category_name="name")

    @property
    def branches(self) -> list[tuple[str, str]]:
        """(code, name) of each branch its stock list names, once, in the service's order (home branch first):
        the branches an order can be picked up at (the API has no branch list of its own)."""
        seen: dict[str, str] = {}
        for level in self.stock:
            if level.branch_code:
                seen.setdefault(level.branch_code, level.branch)
        return list(seen.items())


class Page(BaseModel, Generic[T]):
    """One page of a paged list (``GET /products``, ``GET /orders``)."""

    model_config = ConfigDict(frozen=True)

    items: list[T]
    total: int
    page: int
    page_size: int


class CatalogChanges(ApiModel):
    """``GET /catalog/changes``: pass ``next_cursor`` back as ``since`` while ``has_more``."""

    items: list[Product]
    deleted: list[str]
    next_cursor: str | None
    has_more: bool


class InboxSummary(ApiModel):
    """``GET /inbox/summary``; the client returns None instead when the service answers 304 (nothing new)."""

    pending_for_me: int
    my_pending: int
    my_decided_since_last_seen: int
    etag: str

    @classmethod
    def from_answer(cls, data: Any, etag: str | None) -> InboxSummary:
        """The summary, with the ``ETag`` header's value when the answer carried one."""
        summary = cls.from_json(data)
        return summary.model_copy(update={"etag": etag}) if etag else summary


class AccountRequest(ApiModel):
    """An account request as staff see it (``GET /account-requests``) or as created (``POST``)."""

    id: str
    customer_number: str
    customer_name: str | None = None
    """The customer's name (not in the answer to ``POST``, which the client completes with what it sent)."""
    first_name: str
    last_name: str
    email: str
    language: str
    permission: str
    can_see_prices: bool
    approver_email: str | None = None
    order_limit: Money = None
    """With ``place_orders_up_to``: the account's order limit."""
    channel: str
    status: str = "pending"
    created_at: datetime | None = None
    waited_hours: int | None = None
    """Whole hours since it was sent, as the service counted them (the queue counts on from ``created_at``)."""
    overdue: bool | None = None
    """Still pending past the 72-hour promise, as the service judged it."""
