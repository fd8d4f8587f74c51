"""Catalog user stories: searching as you type, prices only for who may see them, pages, language."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lumen_desktop import ops
from lumen_desktop.models.catalog_results import Column

from .catalog_steps import headers, open_catalog, open_product, products, search, visible_texts

__all__ = ["open_catalog"]


def test_luc_finds_thhn_wire_and_sees_no_price_anywhere(qtbot, open_catalog, live_server) -> None:
    _ctx, view = open_catalog(live_server, "luc.gagnon", "fr")
    search(qtbot, view, "THHN")
    found = products(view)
    assert found and all("THHN" in (p.name + p.mpn + p.sku).upper() for p in found[:10])
    assert headers(view.results) == ["Code Lumen", "Marque", "Nom", "Unité", "Stock"]
    stock = view.results.column_of(Column.STOCK)  # the short title says on hover whose stock it is
    assert view.results.headerData(stock, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Stock à ma succursale"
    )
    assert Column.PRICE not in view.results.columns and view.details.price is None
    open_product(qtbot, view, found[0].sku)
    assert view.details.name.text() == found[0].name
    assert not [text for text in visible_texts(view) if "$" in text]


def test_marie_sees_wire_prices_per_m(qtbot, open_catalog, live_server) -> None:
    _ctx, view = open_catalog(live_server, "marie.tremblay", "fr")
    search(qtbot, view, "THHN 12")
    assert headers(view.results)[-1] == "Prix"
    price = view.results.column_of(Column.PRICE)
    wire_row = next(row for row, p in enumerate(products(view)) if p.uom == "ft" and p.price_unit == 1000)
    assert view.results.index(wire_row, price).data().endswith("$ / M")
    open_product(qtbot, view, view.results.product(wire_row).sku)
    assert view.details.price is not None and view.details.price.text().endswith("$ / M")
    assert view.details.units.text().startswith("Vendu au pied, prix par M (")


def test_typing_fast_shows_only_the_last_query(qtbot, open_catalog, live_server) -> None:
    ctx, view = open_catalog(live_server, "jean.dupuis")
    for text in ("T", "TH", "THH", "THHN"):  # each query is sent at once, so their answers race
        view.results.set_query(text)
    qtbot.waitUntil(lambda: ops.pending_count() == 0 and view.results.is_loaded, timeout=20_000)
    expected = ctx.client.catalog.search("THHN", page_size=50)
    assert view.results.query == "THHN"
    assert view.results.total == expected.total
    assert [p.sku for p in products(view)] == [p.sku for p in expected.items]


def test_the_search_box_waits_for_a_pause_before_asking(qtbot, open_catalog, live_server) -> None:
    _ctx, view = open_catalog(live_server, "jean.dupuis")
    qtbot.waitUntil(lambda: view.results.is_loaded, timeout=20_000)
    asked: list[str] = []
    view.search.sig_search.connect(asked.append)
    search(qtbot, view, "THHN")
    assert asked == ["THHN"]


def test_scrolling_down_loads_the_next_page(qtbot, open_catalog, live_server) -> None:
    _ctx, view = open_catalog(live_server, "jean.dupuis")
    search(qtbot, view, "fil")
    first_page = view.results.rowCount()
    assert view.results.total > first_page and view.results.canFetchMore()
    with qtbot.waitSignal(view.results.rowsInserted, timeout=20_000):
        view.table.scrollToBottom()
        view.results.fetchMore()  # what the view does at the bottom; a second ask while loading is ignored
        view.results.fetchMore()
    assert view.results.rowCount() == min(2 * first_page, view.results.total)
    assert len({p.sku for p in products(view)}) == view.results.rowCount()


def test_switching_to_english_brings_names_back_in_english(qtbot, open_catalog, live_server) -> None:
    ctx, view = open_catalog(live_server, "marie.tremblay", "fr")
    search(qtbot, view, "THHN 12")
    wire = next(p for p in products(view) if p.uom == "ft")
    open_product(qtbot, view, wire.sku)
    french_name = view.details.name.text()
    with qtbot.waitSignal(view.results.sig_loaded, timeout=20_000):
        ctx.i18n.set_language("en")
    qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=20_000)
    english = ctx.client.catalog.product(wire.sku)
    assert english.name != french_name
    assert view.search.text() == "THHN 12" and view.results.query == "THHN 12"
    assert view.results.product(view.table.currentIndex().row()).sku == wire.sku  # still selected
    assert view.results.product(view.results.row_of(wire.sku)).name == english.name
    assert view.details.name.text() == english.name
    assert view.details.units.text().startswith("Sold per foot, priced per M (")
    assert headers(view.results)[0:3] == ["SKU", "Brand", "Name"]
    assert view.categories.root.text() == "All products"


def test_choosing_a_category_filters_the_results(qtbot, open_catalog, live_server) -> None:
    _ctx, view = open_catalog(live_server, "jean.dupuis")
    qtbot.waitUntil(lambda: view.categories.root.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: view.results.is_loaded, timeout=20_000)
    everything = view.results.total
    category = view.categories.root.child(0)
    with qtbot.waitSignal(view.results.sig_loaded, timeout=20_000):
        view.tree.setCurrentIndex(category.index())
    assert view.results.category == category.data(view.categories.CategoryIdRole)
    assert 0 < view.results.total < everything
