"""Request and response bodies of the cart endpoints.

Responses are built as dicts that carry price keys only for a user who may see prices; the response models
below document them and are served with ``response_model_exclude_unset`` so absent keys stay absent.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, StrictInt

from lumen_server.cart.lines import LineIn
from lumen_server.core.fields import JobName, PoNumber


class QuantityIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    quantity: StrictInt


class LinesIn(BaseModel):
    """A list of lines added at once (a whole material list): all of them, or none."""

    model_config = ConfigDict(extra="forbid")

    lines: list[LineIn]


class CartDetailsIn(BaseModel):
    """The fields given are set; null or blank clears one."""

    model_config = ConfigDict(extra="forbid")

    po_number: PoNumber = None
    job_name: JobName = None
    note: str | None = Field(default=None, max_length=1000)


class TaxOut(BaseModel):
    name: str
    rate: str
    amount: str


class LineOut(BaseModel):
    sku: str
    name: str
    quantity: int
    uom: str
    price_unit: int
    sale_multiple: int
    unit_price: str | None = Field(default=None, description="Net price per price_unit; only with prices")
    extended: str | None = Field(default=None, description="quantity × unit_price ÷ price_unit; only with prices")


class PricedOut(BaseModel):
    """Present only for a user who may see prices."""

    subtotal: str | None = None
    taxes: list[TaxOut] | None = None
    total: str | None = None


class CartOut(PricedOut):
    lines: list[LineOut]
    po_number: str | None
    job_name: str | None
    note: str | None
    version: int
    line_count: int
    may_place: bool = Field(description="This user may place this cart now (otherwise: send it for approval)")
    needs_approval_code: str | None = Field(
        default=None, description="When may_place is false: approval_required or over_order_limit"
    )
    needs_approval_reason: str | None = Field(
        default=None, description="Why, in the caller's language; names the limit only to a user who sees prices"
    )


class CartAdditionOut(BaseModel):
    """The cart after adding saved lines, and the SKUs skipped because the product was withdrawn since."""

    cart: CartOut
    skipped: list[str]
