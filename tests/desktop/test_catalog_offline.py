"""Catalog user stories about the local replica: it syncs after sign-in and answers while the service is down."""

from __future__ import annotations

from lumen_desktop import ops

from .catalog_steps import open_catalog, products, search

__all__ = ["open_catalog"]


def test_the_search_falls_back_to_this_computers_copy_when_the_service_is_down(
    qtbot, open_catalog, live_server
) -> None:
    ctx, view = open_catalog(live_server, "luc.gagnon")
    with qtbot.waitSignal(view.sync.sig_synced, timeout=60_000) as synced:
        pass  # the sync started after sign-in
    assert synced.args[0] > 0
    qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=20_000)
    online_total = ctx.client.catalog.search("THHN 12").total
    live_server.stop()
    try:
        search(qtbot, view, "THHN 12")
        assert view.results.offline and view.offline_note.isVisible()
        assert view.offline_note.text() == "Offline — results from this computer's copy of the catalog"
        found = products(view)
        assert found and all("THHN" in p.name and " 12" in p.name for p in found)
        assert 0 < view.results.total <= online_total  # the copy holds one language's names
        assert all(p.price is None for p in found)  # luc may not see prices: the replica has none
    finally:
        live_server.start()
    with qtbot.waitSignal(view.results.sig_loaded, timeout=60_000):
        ctx.connection.retry_now()  # back online: the same query is asked of the service again
    qtbot.waitUntil(lambda: not view.results.offline and view.offline_note.isHidden(), timeout=20_000)


def test_switching_the_language_resyncs_the_copy_in_that_language(qtbot, open_catalog, live_server) -> None:
    ctx, view = open_catalog(live_server, "marie.tremblay", "fr")
    with qtbot.waitSignal(view.sync.sig_synced, timeout=60_000):
        pass
    french = view.replica.search("THHN 12", page_size=1).items[0]
    with qtbot.waitSignal(view.sync.sig_synced, timeout=60_000):
        ctx.i18n.set_language("en")
    english = view.replica.search(french.sku, page_size=1).items[0]
    assert english.sku == french.sku and english.name != french.name
    assert english.price == french.price is not None  # marie sees prices: the copy keeps them
