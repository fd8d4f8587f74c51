"""Typed results of the auth, me, catalog, inbox and account-request calls (cart and orders: ``types_orders``).

Every type is a frozen dataclass built by ``from_json``; fields the contract names are typed attributes, and
``raw`` keeps the whole JSON object for the fields the service may add (documented in its OpenAPI schema), so a
view never has to re-fetch to read one. Prices are ``Decimal | None``: ``None`` means the user may not see prices.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from .parsing import integer, items, money, opt_text, text, when

T = TypeVar("T")
Json = dict[str, Any]


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str
    expires_in: int

    @classmethod
    def from_json(cls, data: Json) -> Tokens:
        return cls(text(data, "access_token"), text(data, "refresh_token"), integer(data, "expires_in", 900))


@dataclass(frozen=True)
class Customer:
    number: str
    name: str


@dataclass(frozen=True)
class Person:
    """Someone named in a response (an approver, a requester): the fields the contract gives for them."""

    full_name: str
    email: str = ""
    username: str = ""

    @classmethod
    def from_json(cls, data: Any) -> Person | None:
        if not isinstance(data, dict):
            return None
        return cls(text(data, "full_name"), text(data, "email"), text(data, "username"))


@dataclass(frozen=True)
class Me:
    """``GET /me``: who is signed in and what the window may offer them."""

    username: str
    email: str
    full_name: str
    language: str
    customer: Customer | None
    can_place_orders: bool
    can_see_prices: bool
    approver: Person | None
    is_approver: bool
    is_staff: bool
    must_change_password: bool
    raw: Json = field(default_factory=dict, repr=False, compare=False)

    @property
    def is_requester(self) -> bool:
        """Sends carts to an approver: an "order for approval" user, or one who places orders up to a limit."""
        limited = self.raw.get("permission") == "place_orders_up_to"
        return not self.is_staff and (not self.can_place_orders or limited)

    @classmethod
    def from_json(cls, data: Json) -> Me:
        customer = data.get("customer")
        return cls(
            username=text(data, "username"),
            email=text(data, "email"),
            full_name=text(data, "full_name"),
            language=text(data, "language", "fr"),
            customer=Customer(text(customer, "number"), text(customer, "name")) if customer else None,
            can_place_orders=bool(data.get("can_place_orders")),
            can_see_prices=bool(data.get("can_see_prices")),
            approver=Person.from_json(data.get("approver")),
            is_approver=bool(data.get("is_approver")),
            is_staff=bool(data.get("is_staff")),
            must_change_password=bool(data.get("must_change_password")),
            raw=data,
        )


@dataclass(frozen=True)
class Category:
    """A node of ``GET /categories``; ``id`` is what ``products(category=...)`` takes."""

    id: str
    name: str
    children: list[Category]
    raw: Json = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Json) -> Category:
        ident = data.get("id", data.get("code", data.get("slug", "")))
        children = [cls.from_json(child) for child in items(data, "children")]
        return cls(str(ident), text(data, "name"), children, raw=data)


@dataclass(frozen=True)
class StockLevel:
    branch: str  # the branch's name, as shown
    quantity: int
    branch_code: str = ""

    @classmethod
    def from_json(cls, data: Json) -> StockLevel:
        branch = data.get("branch")
        code = str((branch.get("code") if isinstance(branch, dict) else branch) or "")
        name = str((branch.get("name") if isinstance(branch, dict) else branch) or code)
        return cls(name, integer(data, "quantity"), code)


@dataclass(frozen=True)
class Product:
    """A product as listed, changed or detailed. ``price`` is per ``price_unit`` (1, 100 = per C, 1000 = per M)
    and None for a user who may not see prices; ``stock`` and ``description`` may be empty in lists."""

    sku: str
    mpn: str
    upc: str
    brand: str
    name: str
    description: str
    category: str
    uom: str
    sale_multiple: int
    price_unit: int
    image_url: str | None
    price: Decimal | None
    stock: list[StockLevel]
    raw: Json = field(default_factory=dict, repr=False, compare=False)

    @property
    def branches(self) -> list[tuple[str, str]]:
        """(code, name) of each branch its stock list names, once, in the service's order (home branch first):
        the branches an order can be picked up at (the API has no branch list of its own)."""
        seen: dict[str, str] = {}
        for level in self.stock:
            if level.branch_code:
                seen.setdefault(level.branch_code, level.branch)
        return list(seen.items())

    @classmethod
    def from_json(cls, data: Json) -> Product:
        category = data.get("category")
        if isinstance(category, dict):
            category = category.get("id", category.get("name", ""))
        return cls(
            sku=text(data, "sku"),
            mpn=text(data, "mpn"),
            upc=text(data, "upc"),
            brand=text(data, "brand"),
            name=text(data, "name"),
            description=text(data, "description"),
            category=str(category or ""),
            uom=text(data, "uom"),
            sale_multiple=integer(data, "sale_multiple", 1),
            price_unit=integer(data, "price_unit", 1),
            image_url=opt_text(data, "image_url"),
            price=money(data, "price"),
            stock=[StockLevel.from_json(s) for s in items(data, "stock")],
            raw=data,
        )


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a paged list (``GET /products``, ``GET /orders``)."""

    items: list[T]
    total: int
    page: int
    page_size: int


@dataclass(frozen=True)
class CatalogChanges:
    """``GET /catalog/changes``: pass ``next_cursor`` back as ``since`` while ``has_more``."""

    items: list[Product]
    deleted: list[str]
    next_cursor: str | None
    has_more: bool

    @classmethod
    def from_json(cls, data: Json) -> CatalogChanges:
        cursor = data.get("next_cursor")
        return cls(
            items=[Product.from_json(p) for p in items(data, "items")],
            deleted=[str(sku) for sku in data.get("deleted") or []],
            next_cursor=None if cursor is None else str(cursor),
            has_more=bool(data.get("has_more")),
        )


@dataclass(frozen=True)
class InboxSummary:
    """``GET /inbox/summary``; the client returns None instead when the service answers 304 (nothing new)."""

    pending_for_me: int
    my_pending: int
    my_decided_since_last_seen: int
    etag: str

    @classmethod
    def from_json(cls, data: Json, etag: str | None = None) -> InboxSummary:
        return cls(
            pending_for_me=integer(data, "pending_for_me"),
            my_pending=integer(data, "my_pending"),
            my_decided_since_last_seen=integer(data, "my_decided_since_last_seen"),
            etag=etag or text(data, "etag"),
        )


@dataclass(frozen=True)
class AccountRequest:
    """An account request as staff see it (``GET /account-requests``) or as created (``POST``)."""

    id: str
    customer_number: str
    first_name: str
    last_name: str
    email: str
    language: str
    permission: str
    can_see_prices: bool
    approver_email: str | None
    channel: str
    status: str
    created_at: datetime | None
    raw: Json = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Json) -> AccountRequest:
        return cls(
            id=text(data, "id"),
            customer_number=text(data, "customer_number"),
            first_name=text(data, "first_name"),
            last_name=text(data, "last_name"),
            email=text(data, "email"),
            language=text(data, "language"),
            permission=text(data, "permission"),
            can_see_prices=bool(data.get("can_see_prices")),
            approver_email=opt_text(data, "approver_email"),
            channel=text(data, "channel"),
            status=text(data, "status", "pending"),
            created_at=when(data.get("created_at")),
            raw=data,
        )
