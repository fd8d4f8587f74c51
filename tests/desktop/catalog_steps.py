"""Steps shared by the catalog tests: a signed-in Catalog section for a demo user, and what a user looks at.

(No tests here; the catalog test modules import these fixtures and steps.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableWidget, QWidget

from lumen_desktop.api import Product
from lumen_desktop.context import AppContext
from lumen_desktop.models.catalog_results import CatalogResultsModel
from lumen_desktop.views.catalog import CatalogView
from lumen_server.testing import LiveServer

from .helpers import signed_in_ctx
from .helpers import visible_texts as widget_texts

Open = Callable[..., tuple[AppContext, CatalogView]]


@pytest.fixture
def open_catalog(qtbot, make_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Open]:
    """``open_catalog(server, username, language)``: the Catalog section of a signed-in demo user, shown."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the replica goes to a throw-away folder
    views: list[CatalogView] = []

    def open_(server: LiveServer, username: str, language: str = "en") -> tuple[AppContext, CatalogView]:
        ctx = signed_in_ctx(make_ctx, server, username, language)
        view = CatalogView(ctx)
        qtbot.addWidget(view)
        view.resize(1200, 700)
        view.show()
        views.append(view)
        return ctx, view

    yield open_
    for view in views:
        view.sync.stop()


def search(qtbot, view: CatalogView, text: str) -> None:
    """Types ``text`` in the search box (replacing what was there) and waits for its results."""
    view.focus_search()
    with qtbot.waitSignal(view.results.sig_loaded, timeout=20_000):
        qtbot.keyClicks(view.search.edit, text)
    qtbot.waitUntil(lambda: view.results.query == text and view.results.is_loaded, timeout=20_000)


def products(view: CatalogView) -> list[Product]:
    return [view.results.product(row) for row in range(view.results.rowCount())]


def open_product(qtbot, view: CatalogView, sku: str) -> None:
    """Clicks the product's row and waits for its details."""
    row = view.results.row_of(sku)
    assert row is not None, f"{sku} is not listed"
    view.table.setCurrentIndex(view.results.index(row, 0))
    qtbot.waitUntil(lambda: view.details.product is not None and view.details.product.sku == sku)
    qtbot.waitUntil(lambda: view.details.stock.rowCount() > 0, timeout=20_000)


def headers(model: CatalogResultsModel) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def visible_texts(root: QWidget) -> list[str]:
    """Every text a user can read in ``root``: labels, buttons, entries, tooltips, tables and their headers."""
    texts = widget_texts(root)
    for widget in root.findChildren(QTableWidget):
        for row in range(widget.rowCount()):
            items = [widget.item(row, column) for column in range(widget.columnCount())]
            texts += [item.text() for item in items if item]
    model = getattr(root, "results", None)
    if isinstance(model, CatalogResultsModel):
        texts += headers(model)
        for row in range(model.rowCount()):
            texts += [str(model.data(model.index(row, c)) or "") for c in range(model.columnCount())]
    return texts


def no_parent() -> QModelIndex:
    return QModelIndex()
