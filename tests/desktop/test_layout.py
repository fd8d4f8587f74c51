"""The window at the sizes people open it (1366×768 laptops, 1100×720), with Lumen's look (its style sheet sets
fonts and paddings): the window keeps the size it opened at, every main table readable without a horizontal
scrollbar, its descriptive column showing at least 30 characters, and dialogs as tall as their text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTableView, QTableWidget, QWidget

from lumen_desktop import style
from lumen_desktop.demo_users import DEMO_USERS
from lumen_desktop.settings import Settings
from lumen_desktop.views.accounts.request_account import RequestAccountDialog
from lumen_desktop.views.main_window import MainWindow
from lumen_desktop.views.sign_in import SignInDialog
from lumen_desktop.widgets.fit import needed_height
from lumen_desktop.widgets.tables import DESCRIPTIVE_CHARACTERS, ColumnFitter, ListTable

from .helpers import shown_page, signed_in_ctx

SIZES = [(1366, 768), (1100, 720)]
# (user, section) pairs that show every main table of the app.
SECTIONS = [
    ("marie.tremblay", "catalog"),
    ("marie.tremblay", "cart"),
    ("marie.tremblay", "templates"),
    ("marie.tremblay", "approvals"),
    ("jean.dupuis", "orders"),
    ("luc.gagnon", "catalog"),
    ("luc.gagnon", "approvals"),
    ("ecomm", "account_requests"),
]
# What a descriptive cell must show when a table has no row yet: as wide as 30 characters of a typical name.
TYPICAL_NAME = "Disjoncteur AFCI combiné Eaton BR unipolaire 15 A"
CELL_MARGINS = 6  # a cell's text margins in Fusion, both sides


@pytest.fixture(autouse=True)
def lumen_look(qapp):
    """The app's style, as ``__main__`` applies it, taken off again after the test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = app.styleSheet(), app.palette(), app.style().name()
    style.apply(app)
    yield
    app.setStyleSheet(previous[0])
    app.setPalette(previous[1])
    app.setStyle(previous[2])


def shown_window(qtbot, ctx, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def main_table(page) -> QTableView:
    table = page.table
    assert isinstance(table, QTableView)
    return table


def assert_readable(table: QTableView) -> None:
    fitter = table.findChild(ColumnFitter)
    assert fitter is not None and fitter.descriptive_column is not None
    column = fitter.descriptive_column
    model = table.model()
    texts = [str(model.index(row, column).data() or "") for row in range(min(model.rowCount(), 50))]
    texts = [text for text in texts if text] or [TYPICAL_NAME]  # 30 characters of each, or the whole if shorter
    needed = max(table.fontMetrics().horizontalAdvance(text[:DESCRIPTIVE_CHARACTERS]) for text in texts)
    shown = table.columnWidth(column) - CELL_MARGINS
    assert shown >= needed, (model.headerData(column, Qt.Orientation.Horizontal), shown, needed, texts[0])
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in range(header.count()))
    assert right <= table.viewport().width(), "a column ends past the right edge"


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize(("username", "section"), SECTIONS)
def test_every_main_table_is_readable_at_the_size_the_window_opens(
    qtbot, make_ctx, live_server, tmp_path: Path, monkeypatch, size, username, section
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    ctx = signed_in_ctx(make_ctx, live_server, username, "fr")
    if section == "cart":  # an empty cart shows no table: a line to read
        product = ctx.client.catalog.search("disjoncteur", None, 1, 1).items[0]
        ctx.client.cart.add_lines([{"sku": product.sku, "quantity": product.sale_multiple}])
    try:
        window = shown_window(qtbot, ctx, size)
        window.select_section(section)
        page = shown_page(window, QWidget)
        table = main_table(page)
        if section in ("catalog", "cart"):
            qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=20_000)
        qtbot.waitUntil(
            lambda: table.isVisible() and (fitter := table.findChild(ColumnFitter)) is not None and fitter.settled
        )
        assert_readable(table)
        if hasattr(page, "sync"):
            page.sync.stop()
    finally:
        if section == "cart":
            ctx.client.cart.empty()


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(("username", "section"), SECTIONS)
def test_the_window_opens_at_1100_px_whatever_section_it_opens_on(
    qtbot, make_ctx, live_server, tmp_path: Path, monkeypatch, username, section, language
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = MainWindow(signed_in_ctx(make_ctx, live_server, username, language))
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.select_section(section)  # the last section used: the page the window opens on
    # What the window will ask for when shown: more than 1100 px, and it opens wider than the screen it was sized
    # for, and never shrinks back (the rail of icons comes only after the first resize).
    assert window.minimumSizeHint().width() <= 1100, shown_page(window, QWidget).minimumSizeHint().width()
    window.show()
    qtbot.waitExposed(window)
    assert window.width() == 1100
    page = shown_page(window, QWidget)
    if hasattr(page, "sync"):
        page.sync.stop()


def test_a_table_keeps_the_widths_the_user_gave_it(qtbot, make_ctx, live_server, settings: Settings) -> None:
    ctx = signed_in_ctx(make_ctx, live_server, "marie.tremblay")
    from lumen_desktop.models.catalog_results import CatalogResultsModel

    first = ListTable(CatalogResultsModel(ctx), stretch_column=2, state_key="test.results", settings=settings)
    qtbot.addWidget(first)
    first.resize(900, 400)
    first.show()
    first.fitter.fit()
    first.horizontalHeader().resizeSection(0, 222)
    first.fitter.remember_widths()
    assert isinstance(settings.header_state(f"test.results/{first.horizontalHeader().count()}"), QByteArray)

    again = ListTable(CatalogResultsModel(ctx), stretch_column=2, state_key="test.results", settings=settings)
    qtbot.addWidget(again)
    again.resize(900, 400)
    again.show()
    again.fitter.fit()
    assert again.fitter.user_sized
    assert again.columnWidth(0) == 222


def assert_fits(dialog: QDialog) -> None:
    """Nothing of the dialog is cut: it is as tall as its layout needs, and every wrapped text has its lines."""
    assert dialog.height() >= needed_height(dialog), (dialog.windowTitle(), dialog.height(), needed_height(dialog))
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    for table in dialog.findChildren(QTableWidget):
        if table.isVisible():
            assert not table.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_sign_in_dialog_shows_its_note_and_the_whole_demo_table(qtbot, make_ctx, live_server, language) -> None:
    ctx = make_ctx(live_server, language)
    ctx.demo_users = list(DEMO_USERS)
    dialog = SignInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_fits(dialog)
    table = dialog.demo_users
    assert table is not None
    link = dialog.request_link  # under the table, not over it
    assert link.geometry().top() >= table.geometry().bottom()
    assert table is not None
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            assert item is not None
            text = item.text()
            assert table.columnWidth(column) - CELL_MARGINS >= table.fontMetrics().horizontalAdvance(text), text


@pytest.mark.parametrize(("language", "opening"), [("fr", "L'approbateur doit être"), ("en", "The approver must be")])
def test_a_long_refusal_under_a_field_is_never_clipped(qtbot, make_ctx, live_server, language, opening) -> None:
    dialog = RequestAccountDialog(make_ctx(live_server, language), live_server.address)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for name, value in {
        "customer_number": "100234",
        "first_name": "Annie",
        "last_name": "Côté",
        "email": "annie.cote@example.com",
        "approver_email": "luc.gagnon@example.com",  # orders for approval himself: not an approver
    }.items():
        dialog.inputs[name].setText(value)
    dialog.permission.setCurrentIndex(dialog.permission.findData("order_for_approval"))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.flagged_fields() == ["approver_email"], timeout=20_000)
    message = dialog.errors["approver_email"].text()
    assert not message.startswith("approver_email") and "approver_email" not in message
    assert message.startswith(opening)
    for name in ("email", "approver_email"):  # the addresses typed show whole
        edit = dialog.inputs[name]
        assert edit.fontMetrics().horizontalAdvance(edit.text()) < edit.width() - 8, name
    label = dialog.errors["approver_email"]
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))  # laid out once grown
    assert_fits(dialog)
