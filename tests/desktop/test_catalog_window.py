"""The Catalog section in the main window: the first section, Ctrl+F to search, F5 to refresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from lumen_desktop.views.catalog import CatalogView

from .helpers import sign_in_through_the_app


def test_the_catalog_is_the_first_section_and_ctrl_f_goes_to_its_search_box(
    qtbot, make_ctx, live_server, memory_keyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    _flow, window = sign_in_through_the_app(qtbot, make_ctx(live_server), "jean.dupuis")
    assert window.section_keys()[0] == "catalog"
    window.select_section("catalog")
    page = window.current_page()
    assert isinstance(page, CatalogView)
    window.activateWindow()
    window.find_action.trigger()  # Ctrl+F
    qtbot.waitUntil(lambda: page.search.edit.hasFocus())
    with qtbot.waitSignal(page.results.sig_loaded, timeout=20_000):
        qtbot.keyClicks(page.search.edit, "THHN")
    qtbot.waitUntil(lambda: page.results.query == "THHN" and page.results.is_loaded, timeout=20_000)
    with qtbot.waitSignal(page.results.sig_loaded, timeout=20_000):
        window.refresh_action.trigger()  # F5: the same query again
    assert page.results.query == "THHN"
    page.sync.stop()
