"""Request and response bodies of checkout and the order history (price keys only for users who see prices)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from lumen_server.cart.schemas import CartOut, LineOut, PricedOut
from lumen_server.core.answers import PRICE
from lumen_server.orders.service import PlacingIn


class CheckoutIn(PlacingIn):
    """PO number and job name default to the ones saved on the cart."""


class PersonOut(BaseModel):
    username: str
    full_name: str


class BranchOut(BaseModel):
    code: str
    name: str


class ShippingOut(BaseModel):
    method: str
    branch: BranchOut | None


class OrderOut(PricedOut):
    number: str
    status: str
    created_at: str
    placed_by: PersonOut
    requester: PersonOut | None = Field(description="The requester, for an order placed from an approval request")
    po_number: str | None
    job_name: str | None
    shipping: ShippingOut
    lines: list[LineOut]
    line_count: int


class OrderSummaryOut(BaseModel):
    number: str
    created_at: str
    status: str
    placed_by: PersonOut
    requester: PersonOut | None
    po_number: str | None
    job_name: str | None
    line_count: int
    total: Annotated[str | None, PRICE] = Field(default=None, description="Only for a user who may see prices")


class OrderPageOut(BaseModel):
    items: list[OrderSummaryOut]
    total: int = Field(description="How many orders the history holds in all")
    page: int
    page_size: int


class ReorderOut(BaseModel):
    """The cart after adding the order's lines, and the SKUs skipped because the product was withdrawn since."""

    cart: CartOut
    skipped: list[str]
