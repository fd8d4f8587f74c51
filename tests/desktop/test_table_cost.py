"""A results table costs what it shows: the view asks the model only for the cells of the rows on screen (and the
header), on the first page and on each page that follows, and a row's texts are formatted once, not per paint."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from lumen_desktop.api import Product
from lumen_desktop.models.catalog_results import CatalogResultsModel, Column
from lumen_desktop.widgets.tables import SAMPLE_MARGIN, ListTable

from .helpers import signed_in_ctx


class CountedResults(CatalogResultsModel):
    """The catalog's results model, noting each cell the view asks about and each text it formats."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.asked: set[tuple[int, int]] = set()
        self.formatted: dict[tuple[str, Column], int] = {}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        self.asked.add((index.row(), index.column()))
        return super().data(index, role)

    def display(self, product: Product, column: Column) -> str:
        key = (product.sku, column)
        self.formatted[key] = self.formatted.get(key, 0) + 1
        return super().display(product, column)


def first_page_shown(qtbot, ctx) -> tuple[CountedResults, ListTable]:
    """The whole catalog's first page of 50 results in a shown table, its columns fitted."""
    results = CountedResults(ctx, page_size=50)
    table = ListTable(results, stretch_column=results.column_of(Column.NAME))
    qtbot.addWidget(table)
    table.resize(900, 420)
    table.show()
    qtbot.waitExposed(table)
    with qtbot.waitSignal(results.sig_loaded, timeout=20_000):
        results.set_query("")
    qtbot.waitUntil(lambda: table.fitter.settled)
    return results, table


def rows_on_screen(table: ListTable) -> int:
    return table.viewport().height() // table.verticalHeader().defaultSectionSize() + 1


def test_a_page_of_results_asks_only_for_the_cells_on_screen(qtbot, make_ctx, live_server) -> None:
    results, table = first_page_shown(qtbot, signed_in_ctx(make_ctx, live_server, "marie.tremblay"))
    table.viewport().repaint()  # the paint the user sees, now rather than later
    visible = rows_on_screen(table)
    assert results.rowCount() == 50 > visible + SAMPLE_MARGIN + 1  # more rows loaded than shown: the test can fail
    touched = {row for row, _column in results.asked}
    assert max(touched) < visible + SAMPLE_MARGIN + 1, (max(touched), visible)
    # Every cell on screen was asked for (the table shows them), in every column.
    assert {(row, column) for row in range(visible - 1) for column in range(results.columnCount())} <= results.asked

    # The next page goes in below the screen: the view asks nothing about its rows.
    results.asked.clear()
    with qtbot.waitSignal(results.rowsInserted, timeout=20_000):
        results.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: table.fitter.settled and results.is_loaded)
    table.viewport().repaint()
    assert results.rowCount() == 100
    assert not [cell for cell in results.asked if cell[0] >= 50], sorted(results.asked)[-5:]

    # The columns still fit what is on screen, the name stretching over what is left.
    for column in range(results.columnCount()):
        if column == results.column_of(Column.NAME):
            continue
        widest = max(
            table.fontMetrics().horizontalAdvance(str(results.index(row, column).data() or ""))
            for row in range(visible - 1)
        )
        assert table.columnWidth(column) >= widest, (results.headerData(column, Qt.Orientation.Horizontal), widest)
    assert not table.horizontalScrollBar().isVisible()


def test_a_row_is_formatted_once_and_again_in_the_new_language(qtbot, make_ctx, live_server) -> None:
    ctx = signed_in_ctx(make_ctx, live_server, "marie.tremblay")
    results, table = first_page_shown(qtbot, ctx)
    for _ in range(3):
        table.viewport().repaint()
    price = results.column_of(Column.PRICE)
    shown = [(row, results.product(row)) for row in range(5) if results.product(row).price is not None]
    assert shown, "the first rows have prices"
    for _row, product in shown:
        assert results.formatted[(product.sku, Column.PRICE)] == 1  # three paints, one formatting
    english = str(results.index(shown[0][0], price).data())
    assert english.startswith("$") and "." in english, english
    with qtbot.waitSignal(results.sig_loaded, timeout=20_000):
        ctx.i18n.set_language("fr")
    table.viewport().repaint()
    priced = next(row for row in range(results.rowCount()) if results.product(row).price is not None)
    french = str(results.index(priced, price).data())
    assert french.endswith("$") and "," in french, french  # "12,34 $": built again in French
