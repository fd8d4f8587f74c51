"""A barcode scanner adds to the cart from any section, undoably; a person typing the same code only looks.

Key presses are real ``QKeyEvent``s delivered to the focused widget, with the timestamps a scanner (a few ms
apart) or a person (well over 100 ms apart) would give them; nothing here sleeps.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from lumen_desktop.api import Product
from lumen_desktop.context import AppContext
from lumen_desktop.models.cart_session import CartSession
from lumen_desktop.views.catalog import CatalogView
from lumen_desktop.views.main_window import MainWindow

from .helpers import shown_page, sign_in_through_the_app

SCANNER_GAP_MS = 4
PERSON_GAP_MS = 140


class Keyboard:
    """Sends key presses with a timestamp that only moves forward."""

    def __init__(self) -> None:
        self.now_ms = 5_000_000

    def type(self, widget: QWidget, text: str, gap_ms: int, enter: bool = True) -> None:
        for char in text:
            self._press(widget, ord(char.upper()), char, gap_ms)
        if enter:
            self._press(widget, int(Qt.Key.Key_Return), "\r", gap_ms)

    def _press(self, widget: QWidget, key: int, text: str, gap_ms: int) -> None:
        self.now_ms += gap_ms
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(self.now_ms)
        QApplication.sendEvent(widget, event)


def cart_quantities(ctx: AppContext) -> dict[str, int]:
    return {line.sku: line.quantity for line in ctx.client.cart.get().lines}


def a_product_with_a_upc(ctx: AppContext) -> Product:
    return next(p for p in ctx.client.catalog.search("disjoncteur", page_size=20).items if p.upc)


def jean_in_the_catalog(qtbot, ctx: AppContext) -> tuple[MainWindow, CatalogView, Product]:
    """Jean signs in and opens the catalog; answers his window, the catalog and a breaker that has a UPC."""
    _flow, window = sign_in_through_the_app(qtbot, ctx, "jean.dupuis")
    window.select_section("catalog")
    return window, shown_page(window, CatalogView), a_product_with_a_upc(ctx)


def test_a_scan_in_the_catalog_search_adds_one_sale_multiple_and_undo_takes_it_back(
    qtbot, make_ctx, fresh_server, memory_keyring
) -> None:
    ctx = make_ctx(fresh_server)
    window, catalog, breaker = jean_in_the_catalog(qtbot, ctx)
    before = cart_quantities(ctx).get(breaker.sku, 0)
    qtbot.keyClicks(catalog.search.edit, "boite")  # what the user was looking at stays

    with qtbot.waitSignal(window.scans.adder.sig_added, timeout=20_000) as added:
        Keyboard().type(catalog.search.edit, breaker.upc, SCANNER_GAP_MS)
    assert added.args[0].sku == breaker.sku and added.args[1] == breaker.sale_multiple
    assert cart_quantities(ctx)[breaker.sku] == before + breaker.sale_multiple
    assert catalog.search.edit.text() == "boite"  # the scanned digits did not land in the search
    notice = window.scan_notice
    assert notice.isVisible() and breaker.name in notice.message.full_text() and notice.undo_button.isVisible()

    session = CartSession.of(ctx)
    with qtbot.waitSignal(session.sig_queue_drained, timeout=20_000):
        qtbot.mouseClick(notice.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cart_quantities(ctx).get(breaker.sku, 0) == before, timeout=20_000)
    assert "undone" in notice.message.full_text()


def test_a_scan_from_another_section_adds_too(qtbot, make_ctx, fresh_server, memory_keyring) -> None:
    ctx = make_ctx(fresh_server)
    _flow, window = sign_in_through_the_app(qtbot, ctx, "jean.dupuis")
    window.select_section("orders")
    breaker = a_product_with_a_upc(ctx)
    with qtbot.waitSignal(window.scans.adder.sig_added, timeout=20_000):
        Keyboard().type(window.sidebar, breaker.upc, SCANNER_GAP_MS)
    assert cart_quantities(ctx)[breaker.sku] == breaker.sale_multiple
    assert window.current_section_key() == "orders"  # the user stays where they were


def test_a_person_typing_a_code_and_enter_opens_the_product_and_buys_nothing(
    qtbot, make_ctx, fresh_server, memory_keyring
) -> None:
    ctx = make_ctx(fresh_server)
    window, catalog, breaker = jean_in_the_catalog(qtbot, ctx)
    before = cart_quantities(ctx)
    scans: list[str] = []
    window.scanner.sig_scanned.connect(scans.append)

    Keyboard().type(catalog.search.edit, breaker.upc, PERSON_GAP_MS)
    qtbot.waitUntil(
        lambda: catalog.details.product is not None and catalog.details.product.sku == breaker.sku, timeout=20_000
    )
    assert scans == [] and catalog.search.edit.text() == breaker.upc
    assert cart_quantities(ctx) == before and not window.scan_notice.isVisible()


def test_a_fast_burst_without_enter_or_too_short_is_not_a_scan(qtbot, make_ctx, fresh_server, memory_keyring) -> None:
    ctx = make_ctx(fresh_server)
    _flow, window = sign_in_through_the_app(qtbot, ctx, "jean.dupuis")
    window.select_section("catalog")
    catalog = shown_page(window, CatalogView)
    scans: list[str] = []
    window.scanner.sig_scanned.connect(scans.append)
    keyboard = Keyboard()
    keyboard.type(catalog.search.edit, "abc", SCANNER_GAP_MS)  # too short for a code
    keyboard.type(catalog.search.edit, "6047771", SCANNER_GAP_MS, enter=False)
    keyboard.now_ms += 400  # then a pause before Enter: a person pressed it
    keyboard.type(catalog.search.edit, "", SCANNER_GAP_MS)
    assert scans == []
