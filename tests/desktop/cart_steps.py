"""Steps shared by the cart tests: a demo user's cart filled through the API, the app signed in on the Cart
section, and what a user reads on screen. (No tests here; the cart test modules import these.)"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from lumen_desktop import ops
from lumen_desktop.api import ApiClient, Product
from lumen_desktop.context import AppContext
from lumen_desktop.views.cart import CartView
from lumen_desktop.views.main_window import MainWindow
from lumen_server.testing import LiveServer

from .helpers import sign_in_through_the_app

OpenCart = Callable[..., tuple[AppContext, MainWindow, CartView]]


def find_product(client: ApiClient, query: str, multiple_above: int = 0) -> Product:
    """The first product found for ``query`` (with a sale multiple above ``multiple_above``)."""
    found = [p for p in client.catalog.search(q=query, page_size=50).items if p.sale_multiple > multiple_above]
    assert found, f"no product for {query!r}"
    return found[0]


def add_wire(client: ApiClient, multiples: int = 4) -> Product:
    """Puts a building wire sold by the foot (priced per M) in the user's cart."""
    wire = find_product(client, "THHN 12", multiple_above=1)
    client.cart.add_lines([{"sku": wire.sku, "quantity": wire.sale_multiple * multiples}])
    return wire


@pytest.fixture
def open_cart(qtbot, make_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenCart]:
    """``open_cart(server, username, language)``: the app signed in as a demo user, on the Cart section."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # local drafts go to a throw-away folder
    windows: list[MainWindow] = []

    def open_(server: LiveServer, username: str, language: str = "en") -> tuple[AppContext, MainWindow, CartView]:
        ctx = make_ctx(server, language)
        _flow, window = sign_in_through_the_app(qtbot, ctx, username)
        window.select_section("cart")
        view = window.current_page()
        assert isinstance(view, CartView)
        wait_for_cart(qtbot, view)
        windows.append(window)
        return ctx, window, view

    yield open_
    # Closed before the context is torn down, so no window reacts to its translators being removed.
    qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=20_000)
    for window in windows:
        if not shiboken6.isValid(window):
            continue
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_for_cart(qtbot, view: CartView) -> None:
    """Waits until the cart shown is the service's answer (loaded, nothing waiting to be sent)."""
    qtbot.waitUntil(lambda: view.session.cart is not None and ops.pending_count() == 0, timeout=20_000)


def headers(view: CartView) -> list[str]:
    model = view.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def cell_texts(view: CartView) -> list[str]:
    model = view.model
    return [str(model.index(r, c).data() or "") for r in range(model.rowCount()) for c in range(model.columnCount())]


def buttons(root: QWidget) -> list[QAbstractButton]:
    return root.findChildren(QAbstractButton)


def button_texts(root: QWidget) -> list[str]:
    return [button.text().replace("&", "") for button in buttons(root)]


def visit_every_section(qtbot, window: MainWindow) -> None:
    """Opens each section once so that every page the user can reach exists in the widget tree."""
    for key in window.section_keys():
        window.select_section(key)
    window.select_section("cart")
