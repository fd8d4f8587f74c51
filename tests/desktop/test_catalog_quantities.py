"""Sizes typed the way electricians type them find the same products on this computer's copy of the catalog as
on the service ("breaker 15A" and "disjoncteur 15A" find the "15 A" breakers), in French and in English."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Update
import subprocess
import sys

import pytest

from lumen_desktop.api import ApiClient
from lumen_desktop.store.catalog import KEYWORDS_KEY, CatalogReplica
from lumen_desktop.store.catalog_feed import fetch_changes
from lumen_desktop.store.db import open_store

QUERIES = {
    "fr": [
        "disjoncteur 15A",
        "disjoncteur 15 A",
        "disjoncteur 20A 2P",
        "fil T90 #12 noir",
        "T90 12AWG",
        "boîte 1/2 po",
        'boîte 1/2"',
        "ruban 3/4 po",
        "disjoncteur 240V",
    ],
    "en": [
        "breaker 15A",
        "breaker 15 A",
        "breaker 20A 2P",
        "T90 wire #12 black",
        "T90 12 AWG",
        'box 1/2"',
        "box 1/2 in",
        "tape 3/4 in",
        "breaker 240V double-pole",
    ],
}


@pytest.fixture(scope="module")
def synced(live_server, tmp_path_factory):
    """For each language: a client of the real service in that language, and a replica synced from it."""
    copies = {}
    for language in QUERIES:
        client = ApiClient(live_server.address, language=language)
        client.auth.sign_in("marie.tremblay", "demo-marie.tremblay")
        replica = CatalogReplica(partial(open_store, tmp_path_factory.mktemp(language) / "s.db"))
        cursor = replica.cursor_for(language)
        while True:
            changes = fetch_changes(client, cursor, 1000)  # what ``CatalogSync`` reads and writes
            replica.apply(changes, language)
            if not changes["has_more"]:
                break
            cursor = changes["next_cursor"]
        copies[language] = (client, replica)
    yield copies
    for client, replica in copies.values():
        replica.close()
        client.close()


@pytest.mark.parametrize(("language", "q"), [(lang, q) for lang, queries in QUERIES.items() for q in queries])
def test_the_copy_finds_what_the_service_finds(synced, language, q):
    client, replica = synced[language]
    online = client.catalog.search(q, page_size=200)
    offline = replica.search(q, page_size=200)
    assert online.total > 0, q
    assert {p.sku for p in offline.items} == {p.sku for p in online.items}


def test_a_copy_written_by_an_older_version_is_reindexed_once(synced):
    _client, replica = synced["en"]
    expected = {p.sku for p in replica.search("breaker 15A", page_size=200).items}
    with replica.store.session() as session:
        session.execute(replica_products_without_quantities())
    replica.store.set_meta(KEYWORDS_KEY, "1")
    assert {p.sku for p in replica.search("breaker 15A", page_size=200).items} == expected


def replica_products_without_quantities() -> Update:
    from sqlalchemy import update

    from lumen_desktop.store.catalog import ReplicaProduct

    return update(ReplicaProduct).values(keywords=" ")


def test_the_shared_search_rules_bring_no_service_code_into_the_app():
    probe = (
        "import sys, lumen_desktop.store.catalog; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('fastapi', 'starlette', 'lumen_server')))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
