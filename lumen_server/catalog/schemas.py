"""Response bodies of the catalog endpoints.

The price field is marked ``PRICE``: a user who may not see prices is answered the models without it
(``lumen_server.core.answers``), so the key is absent for them (not null).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from lumen_server.core.answers import PRICE


class CategoryNode(BaseModel):
    id: str = Field(description="The category's code; what `GET /products?category=` takes.")
    name: str
    children: list[CategoryNode] = Field(default_factory=list)


class CategoryRef(BaseModel):
    id: str
    name: str


class BranchRef(BaseModel):
    code: str
    name: str


class StockLevel(BaseModel):
    branch: BranchRef
    quantity: int


class ProductBase(BaseModel):
    sku: str
    mpn: str
    upc: str | None
    brand: str
    name: str
    category: CategoryRef
    uom: str
    sale_multiple: int
    price_unit: int = Field(description="The price is for this many units: 1, 100 (per C) or 1000 (per M).")
    image_url: str | None
    price: Annotated[str | None, PRICE] = Field(
        default=None, description="Net price per `price_unit`; present only for users who may see prices."
    )


class ProductListItem(ProductBase):
    stock_here: StockLevel | None = Field(
        description="Stock at the customer's home branch (null when the account has none)."
    )


class ProductPage(BaseModel):
    items: list[ProductListItem]
    total: int = Field(
        description="How many products match; with `results_capped`, at least that many (only those are ranked)."
    )
    results_capped: bool = Field(
        default=False,
        description="True when the query matches more products than a search ranks (1,000): `total` is then "
        'a lower bound ("1,000+ results"), the pages after it are empty; a narrower query finds the others. '
        "Always false when browsing without `q`.",
    )
    page: int
    page_size: int


class ProductDetails(ProductBase):
    description: str
    stock: list[StockLevel] = Field(description="Every branch, the customer's home branch first.")


class ChangedProduct(ProductBase):
    description: str


class CatalogChanges(BaseModel):
    items: list[ChangedProduct]
    deleted: list[str] = Field(description="SKUs withdrawn from the catalog since the cursor.")
    next_cursor: str = Field(description="Opaque; pass it back as `since`.")
    has_more: bool
