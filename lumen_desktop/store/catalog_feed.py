"""A page of ``GET /catalog/changes`` read straight into the replica's rows.

The sync reads 100,000 products: building a ``Product`` model for each (``api.types``, with its Python
validators) cost more than the download. Here the page's bytes are parsed and checked
against the contract's shape in one pydantic-core call (``TypeAdapter.validate_json``, ~3 ms for 1,000 products)
into plain dicts; a page that does not fit raises ``UnexpectedAnswer`` like any other answer. Prices stay absent
for a user who may not see them (the service omits the key).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, NotRequired

from pydantic import ConfigDict, TypeAdapter, ValidationError
from typing_extensions import TypedDict

from lumen_desktop.api.model import UnexpectedAnswer

if TYPE_CHECKING:
    from lumen_desktop.api.client import ApiClient

_CONFIG = ConfigDict(coerce_numbers_to_str=True)


class FeedCategory(TypedDict):
    __pydantic_config__ = _CONFIG  # type: ignore[misc]
    id: str


class FeedProduct(TypedDict):
    """A product of the feed (the contract's product without stock)."""

    __pydantic_config__ = _CONFIG  # type: ignore[misc]
    sku: str
    mpn: str
    upc: str | None
    brand: str
    name: str
    description: NotRequired[str | None]
    category: FeedCategory
    uom: str
    sale_multiple: int
    price_unit: int
    image_url: str | None
    price: NotRequired[Decimal | None]


class FeedPage(TypedDict):
    """One page of changes: pass ``next_cursor`` back as ``since`` while ``has_more``."""

    __pydantic_config__ = _CONFIG  # type: ignore[misc]
    items: list[FeedProduct]
    deleted: list[str]
    next_cursor: str | None
    has_more: bool


_PAGE: TypeAdapter[FeedPage] = TypeAdapter(FeedPage)


def read_page(body: bytes) -> FeedPage:
    """The page in ``body`` (the answer's JSON); ``UnexpectedAnswer`` when it is not the contract's shape."""
    try:
        return _PAGE.validate_json(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise UnexpectedAnswer("CatalogChanges", f"{where}: {first['msg']}") from exc


def fetch_changes(client: ApiClient, since: str | None, limit: int) -> FeedPage:
    """``GET /catalog/changes`` from the cursor ``since`` (None: from the start), at most ``limit`` products."""
    return read_page(client.request("GET", "/catalog/changes", params={"since": since, "limit": limit}).content)
