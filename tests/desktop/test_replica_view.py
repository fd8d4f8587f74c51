"""The catalog view says how many products match (in the user's language, "1 000+" when this computer's copy
stopped counting) and, during the copy's first sync, how far the download is."""

from __future__ import annotations

import re

from .catalog_steps import open_catalog, search

__all__ = ["open_catalog"]


def test_the_first_sync_shows_its_progress_and_the_results_their_count_in_french(
    qtbot, open_catalog, live_server
) -> None:
    ctx, view = open_catalog(live_server, "marie.tremblay", "fr")
    with qtbot.waitSignal(view.sync.sig_progress, timeout=60_000, check_params_cb=lambda done, size: size > 0):
        pass  # the first sync started after sign-in; the catalog's size is known
    assert view.sync_progress.isVisible()
    assert re.fullmatch(r"Téléchargement du catalogue\u00a0: [\d\s]+ sur \d[\d\s]*", view.sync_progress.format())
    with qtbot.waitSignal(view.sync.sig_synced, timeout=120_000):
        pass
    assert view.sync_progress.isHidden()
    search(qtbot, view, "disjoncteur 15A")
    total = view.results.total
    assert total > 1 and view.count.text() == f"{ctx.formatter.number(total)} résultats"


def test_offline_a_large_result_says_1000_plus(qtbot, open_catalog, live_server) -> None:
    ctx, view = open_catalog(live_server, "luc.gagnon", "fr")
    with qtbot.waitSignal(view.sync.sig_synced, timeout=120_000):
        pass
    live_server.stop()
    try:
        search(qtbot, view, "de")
        assert view.results.offline and view.results.total_capped
        assert view.count.text() == f"{ctx.formatter.number(1000)}+ résultats" == "1\u00a0000+ résultats"
    finally:
        live_server.start()
