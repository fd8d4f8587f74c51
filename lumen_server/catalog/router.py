"""HTTP endpoints of the catalog domain (thin: parse, call the service, shape the answer).

Customer users only (staff get 403 ``customer_only``): prices and stock are a customer's view.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from lumen_server.catalog import service
from lumen_server.catalog.changes import catalog_changes
from lumen_server.catalog.schemas import CatalogChanges, CategoryNode, ProductDetails, ProductPage
from lumen_server.core.answers import priced_route, response_for_viewer
from lumen_server.core.deps import CustomerUser, LanguageDep, SessionDep

router = APIRouter(tags=["catalog"])
MAX_PAGE_SIZE = 200
MAX_CHANGES = 1000


@router.get("/categories", response_model=list[CategoryNode])
def categories(_user: CustomerUser, session: SessionDep, language: LanguageDep) -> list[dict[str, Any]]:
    """The category tree, names in the request's language; a node's `id` is what `/products?category=` takes."""
    return service.category_tree(session, language=language)


@priced_route(router.get, "/products", model=ProductPage)
def products(
    user: CustomerUser,
    session: SessionDep,
    language: LanguageDep,
    q: Annotated[str, Query(max_length=200)] = "",
    category: Annotated[str | None, Query(max_length=60)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
) -> Response:
    """Products whose name (either language), brand, SKU, MPN or UPC contain every word of `q` as a word or a
    prefix, accents and case ignored, within `category` and its subcategories; an exact SKU/UPC/MPN comes first.
    `stock_here` is the stock at the customer's home branch; `price` only for users who may see prices."""
    found = service.search_products(
        session, user=user, q=q, category=category, page=page, page_size=page_size, language=language
    )
    return response_for_viewer(user, found, model=ProductPage)


@priced_route(router.get, "/products/{sku}", model=ProductDetails)
def product(
    sku: Annotated[str, Path(max_length=40)], user: CustomerUser, session: SessionDep, language: LanguageDep
) -> Response:
    """A product's details with the stock of every branch; unknown or withdrawn SKU: 404 `unknown_product`."""
    details = service.product_details(session, user=user, sku=sku, language=language)
    return response_for_viewer(user, details, model=ProductDetails)


@priced_route(router.get, "/catalog/changes", model=CatalogChanges)
def changes(
    user: CustomerUser,
    session: SessionDep,
    language: LanguageDep,
    since: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_CHANGES)] = 500,
) -> Response:
    """Everything changed after the cursor `since` (none: from the start), in change order. Pass `next_cursor`
    back while `has_more`; later, the same call returns only what changed since."""
    changed = catalog_changes(session, user=user, since=since, limit=limit, language=language)
    return response_for_viewer(user, changed, model=CatalogChanges)
