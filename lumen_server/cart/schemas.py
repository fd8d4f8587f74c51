"""Request and response bodies of the cart endpoints.

Price fields are marked ``PRICE``: a user who may not see prices is answered the models without them
(``lumen_server.core.answers``), so a price key cannot reach that user.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictInt

from lumen_server.cart.lines import LineIn
from lumen_server.core.answers import PRICE
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
    unit_price: Annotated[str | None, PRICE] = Field(default=None, description="Net price per price_unit")
    extended: Annotated[str | None, PRICE] = Field(default=None, description="quantity × unit_price ÷ price_unit")


class PricedOut(BaseModel):
    """Present only for a user who may see prices."""

    subtotal: Annotated[str | None, PRICE] = None
    taxes: Annotated[list[TaxOut] | None, PRICE] = None
    total: Annotated[str | None, PRICE] = None


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
