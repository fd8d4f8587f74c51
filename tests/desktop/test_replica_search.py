"""This computer's copy of the catalog finds what the service finds, in its FTS5 index: sizes typed the way
electricians type them, French accents, codes; an exact code first; every product once when paging; a count that
stops at 1,000+; a search the user already typed past stops and never answers."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from lumen_desktop.api import ApiClient
from lumen_desktop.store.catalog import CatalogReplica, SearchSuperseded
from lumen_desktop.store.catalog_feed import fetch_changes
from lumen_desktop.store.catalog_search import COUNT_CAP
from lumen_desktop.store.db import open_store

# Words of the replica's language (it holds one language's names; the service matches both languages').
QUERIES = {
    "fr": [
        "disjoncteur 15A",
        "disjoncteur 15 A",
        "disjoncteur 20A 2P",
        "disjoncteur bipolaire 30A",
        "fil T90 #12 noir",
        "T90 12AWG",
        "fil 10 AWG rouge",
        "boîte 1/2 po",
        'boîte 1/2"',
        "boite octogonale",
        "ruban 3/4 po",
        "câble",
        "cable teck",
        "câble NMD90 14/2",
        "électrique",
        "electrique",
        "prise 15A",
        "interrupteur",
        "connecteur",
        "disjoncteur 240V",
        "Eaton",
        "Milwaukee",
        "Leviton",
        "QO120",
        "QO-120",
        "THHN 12",
        "disj",
        "ampoule DEL 4000K",
        "fil coupé au pied",
        "luminaire",
    ],
    "en": [
        "breaker 15A",
        "breaker 15 A",
        "breaker 20A 2P",
        "breaker double-pole 30A",
        "T90 wire #12 black",
        "T90 12 AWG",
        'box 1/2"',
        "box 1/2 in",
        "tape 3/4 in",
        "cable",
        "teck cable",
        "receptacle 15A",
        "switch",
        "connector",
        "breaker 240V",
        "Leviton",
        "Milwaukee",
        "QO120",
        "THHN 12",
        "brea",
    ],
}


def all_online(client: ApiClient, q: str) -> list[str]:
    """Every SKU the service lists for ``q``, page after page, in its order."""
    skus: list[str] = []
    page = 1
    while True:
        found = client.catalog.search(q, None, page, 200)
        skus += [p.sku for p in found.items]
        if len(skus) >= found.total or not found.items:
            return skus
        page += 1


def all_here(replica: CatalogReplica, q: str, page_size: int = 200) -> list[str]:
    """Every SKU the replica lists for ``q``, following its keyset pages."""
    skus: list[str] = []
    found = replica.search_page(q, None, None, page_size)
    skus += [p.sku for p in found.items]
    while found.next_key is not None:
        found = replica.search_page(q, None, found.next_key, page_size)
        skus += [p.sku for p in found.items]
    return skus


def sync(replica: CatalogReplica, client: ApiClient, language: str) -> None:
    cursor = replica.cursor_for(language)
    while True:
        changes = fetch_changes(client, cursor, 1000)  # what ``CatalogSync`` reads
        replica.apply(changes, language)
        if not changes["has_more"]:
            return
        cursor = changes["next_cursor"]


@pytest.fixture(scope="module")
def synced(live_server, tmp_path_factory) -> Iterator[dict[str, tuple[ApiClient, CatalogReplica]]]:
    copies = {}
    for language in QUERIES:
        client = ApiClient(live_server.address, language=language)
        client.auth.sign_in("marie.tremblay", "demo-marie.tremblay")
        folder: Path = tmp_path_factory.mktemp(f"replica-{language}")
        replica = CatalogReplica(partial(open_store, folder / "store.sqlite3"))
        sync(replica, client, language)
        copies[language] = (client, replica)
    yield copies
    for client, replica in copies.values():
        replica.close()
        client.close()


def test_fifty_sample_queries_find_the_same_products_here_as_on_the_service(synced) -> None:
    assert sum(len(q) for q in QUERIES.values()) == 50
    differences, empty = [], []
    for language, queries in QUERIES.items():
        client, replica = synced[language]
        for q in queries:
            online, here = all_online(client, q), all_here(replica, q)
            if not online:
                empty.append(q)  # finds nothing on the service: not a useful sample
            elif sorted(here) != sorted(online):
                differences.append(
                    (language, q, sorted(set(online) - set(here))[:3], sorted(set(here) - set(online))[:3])
                )
    assert empty == []
    assert differences == []


def test_a_sku_a_upc_or_a_part_number_typed_exactly_comes_first(synced) -> None:
    client, replica = synced["fr"]
    product = client.catalog.search("disjoncteur 15A", None, 1, 5).items[0]
    for code in (product.sku, product.sku.lower(), product.upc, product.mpn, product.mpn.replace("-", "")):
        found = replica.search_page(code, None, None, 10)
        assert found.items and found.items[0].sku == product.sku, code


def test_paging_lists_every_product_exactly_once(synced) -> None:
    client, replica = synced["fr"]
    total = replica.count()
    browsed = all_here(replica, "", page_size=37)
    assert len(browsed) == len(set(browsed)) == total
    many = all_here(replica, "fil", page_size=23)
    assert len(many) == len(set(many)) and sorted(many) == sorted(all_online(client, "fil"))


def test_a_large_result_counts_up_to_the_cap_and_says_there_are_more(synced) -> None:
    _client, replica = synced["fr"]
    assert replica.count() > COUNT_CAP
    everything = replica.search_page("", None, None, 50)
    assert (everything.total, everything.capped) == (COUNT_CAP, True)
    few = replica.search_page("disjoncteur 20A 2P", None, None, 50)
    assert not few.capped and few.total == len(all_here(replica, "disjoncteur 20A 2P"))


def test_a_search_superseded_by_a_newer_one_stops_without_results(synced) -> None:
    _client, replica = synced["fr"]
    older = replica.begin_search()
    newer = replica.begin_search()  # the user typed another key meanwhile
    with pytest.raises(SearchSuperseded):
        replica.search_page("disj", ticket=older)
    assert replica.search_page("disjoncteur", ticket=newer).items
