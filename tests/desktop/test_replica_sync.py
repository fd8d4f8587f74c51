"""This computer's copy of the catalog follows the service: a first sync shows its progress, a later sync applies
changed and withdrawn products, a copy an older app wrote is rebuilt without losing the cart edits waiting in the
same file, and a search typed past never shows its results."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from lumen_desktop.api import ApiClient
from lumen_desktop.models.catalog_results import CatalogResultsModel
from lumen_desktop.models.catalog_sync import CatalogSync
from lumen_desktop.store import catalog_schema
from lumen_desktop.store.catalog import CatalogReplica
from lumen_desktop.store.catalog_feed import fetch_changes
from lumen_desktop.store.db import open_store
from lumen_desktop.store.drafts import DraftStore, PendingEdit
from lumen_server.catalog.changes import delete_product, update_product
from lumen_server.testing import database_for, free_port

from .helpers import signed_in_ctx


def synced_to_the_end(qtbot, ctx, replica: CatalogReplica) -> CatalogSync:
    """A sync of ``replica`` started and run to its end (the caller stops it)."""
    sync = CatalogSync(ctx, replica)
    with qtbot.waitSignal(sync.sig_synced, timeout=120_000):
        sync.sync_now()
    return sync


def open_what_an_older_app_left(path: Path, old_copy: str, quantity: int) -> CatalogReplica:
    """This app opens the store file an older app left: its catalog copy (the SQL script ``old_copy``) and, in the
    same file, a cart edit still waiting to be sent (LU-100001 to ``quantity``). The copy starts over at once."""
    with sqlite3.connect(path) as old:
        old.executescript(old_copy)
    drafts = DraftStore(path)
    edit = PendingEdit(kind="set_quantity", sku="LU-100001", payload={"quantity": quantity}, id="e1", position=1)
    drafts.append(edit)
    drafts.close()
    replica = CatalogReplica(lambda: open_store(path))
    assert replica.count() == 0 and replica.cursor_for("fr") is None  # the copy starts over
    return replica


def test_a_first_sync_counts_up_to_the_whole_catalog(qtbot, make_ctx, live_server, tmp_path: Path) -> None:
    ctx = signed_in_ctx(make_ctx, live_server, "marie.tremblay", "fr")
    replica = CatalogReplica(lambda: open_store(tmp_path / "store.sqlite3"))
    sync = CatalogSync(ctx, replica)
    progress: list[tuple[int, int]] = []
    sync.sig_progress.connect(lambda written, expected: progress.append((written, expected)))
    with qtbot.waitSignal(sync.sig_synced, timeout=120_000):
        sync.sync_now()
    catalog_size = ctx.client.catalog.search("", None, 1, 1).total
    assert replica.count() == catalog_size
    assert progress[0] == (0, 0) and progress[-1] == (catalog_size, catalog_size)
    assert [written for written, _ in progress] == sorted(written for written, _ in progress)
    sync.stop()
    replica.close()


def test_a_sync_applies_changed_and_withdrawn_products(qtbot, make_ctx, fresh_server, tmp_path: Path) -> None:
    ctx = signed_in_ctx(make_ctx, fresh_server, "marie.tremblay", "fr")
    replica = CatalogReplica(lambda: open_store(tmp_path / "store.sqlite3"))
    sync = synced_to_the_end(qtbot, ctx, replica)
    breakers = replica.search("disjoncteur 15A", page_size=200).items
    changed, withdrawn = breakers[0], breakers[1]
    database = database_for(fresh_server.database)
    with database.session() as session:
        update_product(session, sku=changed.sku, name_fr="Disjoncteur renommé zephyrine 15 A")
        delete_product(session, sku=withdrawn.sku)
    database.dispose()
    progress: list[tuple[int, int]] = []
    sync.sig_progress.connect(lambda written, expected: progress.append((written, expected)))
    with qtbot.waitSignal(sync.sig_synced, timeout=60_000) as synced:
        sync.sync_now()
    assert synced.args == [2]
    assert progress == []  # not a first sync: no progress bar
    assert [p.sku for p in replica.search("zephyrine").items] == [changed.sku]
    assert replica.search("zephyrine 15A").items[0].name == "Disjoncteur renommé zephyrine 15 A"
    found = {p.sku for p in replica.search("disjoncteur 15A", page_size=200).items}
    assert withdrawn.sku not in found and changed.sku in found
    assert replica.search(withdrawn.sku).items == []
    sync.stop()
    replica.close()


def test_products_changed_during_a_first_sync_leave_no_stale_index_entry(
    fresh_server, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(catalog_schema, "INDEX_BATCH", 500)  # the demo catalog: several batches during the sync
    client = ApiClient(fresh_server.address, language="fr")
    client.auth.sign_in("marie.tremblay", "demo-marie.tremblay")
    replica = CatalogReplica(lambda: open_store(tmp_path / "store.sqlite3"))
    assert replica.cursor_for("fr") is None
    first = fetch_changes(client, None, 300)
    replica.apply(first, "fr")
    page = fetch_changes(client, first["next_cursor"], 300)
    replica.apply(page, "fr")  # 600 rows: the first 600 are in the index now
    changed, withdrawn = first["items"][0]["sku"], first["items"][1]["sku"]
    database = database_for(fresh_server.database)
    with database.session() as session:  # both come again at the end of the feed
        update_product(session, sku=changed, name_fr="Disjoncteur renommé zephyrine 15 A")
        delete_product(session, sku=withdrawn)
    database.dispose()
    while page["has_more"]:
        page = fetch_changes(client, page["next_cursor"], 300)
        replica.apply(page, "fr")
    assert [p.sku for p in replica.search("zephyrine").items] == [changed]
    assert replica.search(changed).items[0].name == "Disjoncteur renommé zephyrine 15 A"
    assert replica.search(withdrawn).items == []
    with replica.store.session() as session:  # the index holds exactly what the table holds
        session.execute(text("INSERT INTO catalog_search(catalog_search) VALUES ('integrity-check')"))
    assert replica.count() == client.catalog.search("", None, 1, 1).total
    replica.close()
    client.close()


OLD_REPLICA = """
CREATE TABLE store_meta (key VARCHAR(40) PRIMARY KEY, value VARCHAR(400));
CREATE TABLE catalog_products (sku VARCHAR(40) PRIMARY KEY, mpn VARCHAR(60), upc VARCHAR(14), brand VARCHAR(80),
    name VARCHAR(250), description TEXT, category VARCHAR(60), uom VARCHAR(10), sale_multiple INTEGER,
    price_unit INTEGER, price VARCHAR(20), image_url VARCHAR(500), keywords TEXT);
INSERT INTO store_meta VALUES ('schema_version', '1'), ('catalog_language', 'fr'), ('catalog_cursor', 'c2VxOjk5OQ'),
    ('catalog_keywords_version', '2');
INSERT INTO catalog_products VALUES ('LU-100001', 'QO120', '', 'Square D', 'Disjoncteur QO 20 A', '', 'breakers',
    'ea', 1, 1, NULL, NULL, ' disjoncteur qo 20 a ');
"""


def test_a_copy_an_older_app_wrote_is_rebuilt_and_the_waiting_cart_edits_stay(
    qtbot, make_ctx, live_server, tmp_path: Path
) -> None:
    path = tmp_path / "store.sqlite3"
    replica = open_what_an_older_app_left(path, OLD_REPLICA, quantity=25)
    assert [edit.id for edit in DraftStore(path).load().edits] == ["e1"]  # the waiting edit is still there
    ctx = signed_in_ctx(make_ctx, live_server, "marie.tremblay", "fr")
    sync = synced_to_the_end(qtbot, ctx, replica)
    assert replica.search("disjoncteur 15A").items
    assert [edit.payload for edit in DraftStore(path).load().edits] == [{"quantity": 25}]
    sync.stop()
    replica.close()


# A copy the previous app (replica schema 3) wrote: its index kept 4-character prefixes too.
SCHEMA_3_REPLICA = """
CREATE TABLE store_meta (key VARCHAR(40) PRIMARY KEY, value VARCHAR(400));
CREATE TABLE catalog_products (id INTEGER PRIMARY KEY, sku VARCHAR(40) UNIQUE, mpn VARCHAR(60), upc VARCHAR(14),
    brand VARCHAR(80), name VARCHAR(250), description TEXT, category VARCHAR(60), uom VARCHAR(10),
    sale_multiple INTEGER, price_unit INTEGER, price VARCHAR(20), image_url VARCHAR(500), keywords TEXT);
CREATE VIRTUAL TABLE catalog_search USING fts5(sku, mpn, upc, brand, name, keywords, content='catalog_products',
    content_rowid='id', tokenize="unicode61 remove_diacritics 2 tokenchars '.'", prefix='1 2 3 4');
INSERT INTO store_meta VALUES ('schema_version', '1'), ('catalog_schema_version', '3'), ('catalog_language', 'fr'),
    ('catalog_cursor', 'c2VxOjk5OQ'), ('catalog_keywords_version', '3');
INSERT INTO catalog_products VALUES (1, 'LU-100001', 'QO120', '', 'Square D', 'Disjoncteur QO 20 A', '', 'breakers',
    'ea', 1, 1, NULL, NULL, 'qo120 20a');
INSERT INTO catalog_search(catalog_search) VALUES ('rebuild');
"""


def index_definition(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return str(connection.execute("SELECT sql FROM sqlite_master WHERE name = 'catalog_search'").fetchone()[0])


def test_a_copy_of_the_previous_schema_is_rebuilt_once_and_the_waiting_cart_edits_stay(
    qtbot, make_ctx, live_server, tmp_path: Path
) -> None:
    path = tmp_path / "store.sqlite3"
    replica = open_what_an_older_app_left(path, SCHEMA_3_REPLICA, quantity=7)
    assert "prefix='1 2 3'" in index_definition(path)
    ctx = signed_in_ctx(make_ctx, live_server, "marie.tremblay", "fr")
    synced_to_the_end(qtbot, ctx, replica).stop()
    synced = replica.count()
    assert synced == ctx.client.catalog.search("", None, 1, 1).total
    online = {p.sku for p in ctx.client.catalog.search("QO-120", page_size=200).items}
    assert online and {p.sku for p in replica.search("QO-120", page_size=200).items} == online
    replica.close()

    again = CatalogReplica(lambda: open_store(path))  # the next start: rebuilt once, not at every opening
    assert again.count() == synced and again.cursor_for("fr") is not None
    assert [edit.payload for edit in DraftStore(path).load().edits] == [{"quantity": 7}]
    again.close()


def test_typing_fast_offline_shows_only_the_last_texts_results(qtbot, make_ctx, live_server, tmp_path: Path) -> None:
    ctx = signed_in_ctx(make_ctx, live_server, "marie.tremblay", "fr")
    replica = CatalogReplica(lambda: open_store(tmp_path / "store.sqlite3"))
    synced_to_the_end(qtbot, ctx, replica).stop()
    ctx.client.address = f"http://127.0.0.1:{free_port()}"  # the service is gone: the copy answers
    model = CatalogResultsModel(ctx, replica)
    with qtbot.waitSignal(model.sig_loaded, timeout=30_000):
        model.set_query("disjoncteur")
    assert model.offline
    shown: list[str] = []
    model.sig_loaded.connect(lambda: shown.append(model.query))
    with qtbot.waitSignal(model.sig_loaded, timeout=30_000):
        for typed in ("d", "di", "dis", "disj", "disjoncteur 1", "disjoncteur 15", "disjoncteur 15A"):
            model.set_query(typed)
    qtbot.waitUntil(lambda: model.is_loaded, timeout=30_000)
    assert shown == ["disjoncteur 15A"]
    expected = [p.sku for p in replica.search("disjoncteur 15A").items]
    assert [model.product(row).sku for row in range(model.rowCount())] == expected
    replica.close()
