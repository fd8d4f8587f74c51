"""The sync reads the change feed without a model per product (``store.catalog_feed``): it must read exactly what
the typed client reads, keep prices away from a user who may not see them, and refuse a page of the wrong shape."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from lumen_desktop.api import ApiClient, UnexpectedAnswer
from lumen_desktop.store.catalog import CatalogReplica
from lumen_desktop.store.catalog_feed import fetch_changes, read_page
from lumen_desktop.store.db import open_store
from lumen_server.testing import LiveServer


@pytest.fixture
def client(make_client: Callable[..., ApiClient], live_server: LiveServer) -> ApiClient:
    return make_client(live_server, "fr")


def test_a_page_reads_the_same_products_as_the_typed_client(client: ApiClient, tmp_path: Path) -> None:
    client.auth.sign_in("marie.tremblay", "demo-marie.tremblay")
    typed = client.catalog.changes(since=None, limit=300)
    page = fetch_changes(client, None, 300)
    assert page["next_cursor"] == typed.next_cursor and page["has_more"] == typed.has_more
    assert [item["sku"] for item in page["items"]] == [product.sku for product in typed.items]
    for item, product in zip(page["items"], typed.items, strict=True):
        assert item["category"]["id"] == product.category and item.get("price") == product.price
    assert all(isinstance(item.get("price"), Decimal) for item in page["items"]), "marie sees prices"

    replica = CatalogReplica(lambda: open_store(tmp_path / "store.sqlite3"))
    replica.cursor_for("fr")
    while True:  # a first sync indexes the copy after its last page
        replica.apply(page, "fr")
        if not page["has_more"]:
            break
        page = fetch_changes(client, page["next_cursor"], 1000)
    sku = typed.items[0].sku
    here = replica.search(sku).items[0]
    assert (here.sku, here.name, here.price, here.category) == (
        sku,
        typed.items[0].name,
        typed.items[0].price,
        typed.items[0].category,
    )
    replica.close()


def test_a_user_without_prices_reads_pages_without_any(client: ApiClient) -> None:
    client.auth.sign_in("luc.gagnon", "demo-luc.gagnon")
    page = fetch_changes(client, None, 100)
    assert page["items"], "the demo catalog is not empty"
    assert all("price" not in item for item in page["items"])


def test_a_page_of_the_wrong_shape_is_refused_naming_the_field() -> None:
    good = b'{"items": [], "deleted": [], "next_cursor": null, "has_more": false}'
    assert read_page(good)["has_more"] is False
    with pytest.raises(UnexpectedAnswer) as raised:
        read_page(b'{"items": [{"sku": "X-1"}], "deleted": [], "next_cursor": null, "has_more": false}')
    assert raised.value.problem.startswith("items.0.")
    with pytest.raises(UnexpectedAnswer):
        read_page(b"<html>not json</html>")
