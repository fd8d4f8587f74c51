"""A search that finds nothing says so, for what, and what to try; a size typed glued to its unit finds products."""

from __future__ import annotations

from .catalog_steps import open_catalog, products, search

__all__ = ["open_catalog"]


def test_breaker_15a_finds_the_15_amp_breakers_and_nothing_found_is_said_with_hints(
    qtbot, open_catalog, live_server
) -> None:
    ctx, view = open_catalog(live_server, "marie.tremblay")
    search(qtbot, view, "breaker 15A")
    found = products(view)
    assert found and all(" 15 A" in p.name for p in found)
    assert view.empty_results.isHidden()

    search(qtbot, view, "breaker zzqqx")
    assert view.results.total == 0 and view.empty_results.isVisible()
    text = view.empty_results.text()
    assert text.startswith("No product matches “breaker zzqqx”.")
    assert "15A or 15 A" in text and "SKU" in text
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.empty_results.size() == view.table.viewport().size(), timeout=5_000)  # over the table

    ctx.i18n.set_language("fr")
    qtbot.waitUntil(lambda: view.results.is_loaded and view.results.query == "breaker zzqqx", timeout=20_000)
    french = view.empty_results.text().replace("\u00a0", " ")  # French typography: no break inside « »
    assert french.startswith("Aucun produit ne correspond à « breaker zzqqx ».")

    search(qtbot, view, "disjoncteur 15A")
    assert products(view) and view.empty_results.isHidden()
