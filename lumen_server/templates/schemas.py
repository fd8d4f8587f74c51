"""Request and response bodies of order templates ("Modèles de commande")."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints

from lumen_server.cart.lines import LineIn
from lumen_server.cart.schemas import CartOut, LineOut, PricedOut
from lumen_server.core.fields import SingleLine
from lumen_server.orders.schemas import PersonOut

TemplateName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100), SingleLine]


class TemplateIn(BaseModel):
    """A new template from ``lines``, or from the current cart with ``from_cart: true``."""

    model_config = ConfigDict(extra="forbid")

    name: TemplateName
    lines: list[LineIn] | None = None
    from_cart: StrictBool = False


class TemplateChangeIn(BaseModel):
    """The fields given replace the template's; ``lines`` replaces all its lines (all or nothing)."""

    model_config = ConfigDict(extra="forbid")

    name: TemplateName | None = None
    lines: list[LineIn] | None = None


class TemplateEntryOut(BaseModel):
    """One entry of ``GET /templates``: a saved template, or (for an approver) a pending approval request."""

    kind: Literal["template", "approval_request"]
    id: int | None = Field(default=None, description="The template's id (kind template)")
    approval_id: int | None = Field(default=None, description="The approval request's id (kind approval_request)")
    name: str
    line_count: int
    updated_at: str
    owner: PersonOut = Field(description="Who saved the template, or who sent the approval request")


class TemplateOut(PricedOut):
    id: int
    kind: Literal["template"]
    name: str
    owner: PersonOut
    created_at: str
    updated_at: str
    lines: list[LineOut]
    line_count: int


class TemplateListOut(BaseModel):
    items: list[TemplateEntryOut]


class AddedToCartOut(BaseModel):
    """The cart after adding the template's lines, and the SKUs skipped because the product was withdrawn since."""

    cart: CartOut
    skipped: list[str]
