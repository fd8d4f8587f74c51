"""Importing a material list: every code and quantity is checked before anything reaches the cart."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt

from lumen_desktop import ops
from lumen_desktop.models.cart_import import StatusRole
from lumen_desktop.models.cart_import_file import read_material_list

from .cart_steps import find_product, open_cart
from .helpers import api_as

__all__ = ["open_cart"]  # a fixture, imported for pytest


def statuses(dialog) -> list[str]:
    model = dialog.model
    return [model.index(row, 0).data(StatusRole) for row in range(model.rowCount())]


def test_a_list_with_an_unknown_code_and_a_wrong_multiple_adds_only_the_valid_lines(
    qtbot, fresh_server, open_cart, tmp_path: Path
):
    luc = api_as(fresh_server, "luc.gagnon")
    wire = find_product(luc, "THHN 12", multiple_above=1)
    roll = find_product(luc, "THHN 10")  # found again by its UPC below
    other_wire = next(
        p for p in luc.catalog.search(q="THHN 12", page_size=50).items if p.sale_multiple > 1 and p.sku != wire.sku
    )
    csv_file = tmp_path / "liste-chantier.csv"
    csv_file.write_text(
        "Liste de matériel — chantier Laval\n"
        "Code;Description;Quantité\n"
        f"{wire.sku};fil;{wire.sale_multiple * 4}\n"
        f"{roll.upc};bobine;2\n"
        "ZZ-NOPE-404;inconnu;5\n"
        f"{other_wire.mpn};mauvais multiple;{other_wire.sale_multiple + 1}\n",
        encoding="utf-8",
    )
    _ctx, _window, view = open_cart(fresh_server, "luc.gagnon")

    view.import_button.click()
    dialog = view.dialog
    dialog.open_file(csv_file)
    qtbot.waitUntil(lambda: dialog.model is not None and not dialog.model.is_resolving, timeout=30_000)

    assert statuses(dialog) == ["ok", "ok", "unknown", "not_multiple"]
    model = dialog.model
    assert model.index(2, 5).data().startswith("Unknown code")
    assert model.index(3, 5).data() == f"Sold in multiples of {other_wire.sale_multiple}"
    assert model.index(3, 3).data() == other_wire.sku  # found by its manufacturer part number
    assert dialog.add_button.text() == "&Add 2 lines" and dialog.add_button.isEnabled()
    assert luc.cart.get().lines == []  # nothing added before the user confirms

    with qtbot.waitSignal(dialog.sig_lines_added, timeout=20_000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and ops.pending_count() == 0, timeout=20_000)
    cart = luc.cart.get()
    assert sorted((line.sku, line.quantity) for line in cart.lines) == sorted(
        [(wire.sku, wire.sale_multiple * 4), (roll.sku, 2)]
    )


def test_the_service_refusal_of_a_line_shows_on_its_row(qtbot, fresh_server, open_cart, tmp_path: Path):
    jean = api_as(fresh_server, "jean.dupuis")
    wire = find_product(jean, "THHN 12", multiple_above=1)
    sheet_file = tmp_path / "list.xlsx"
    book = Workbook()
    book.active.append(["SKU", "Qty"])
    book.active.append([wire.sku, wire.sale_multiple * 2])
    book.active.append([wire.sku, 999_999 // wire.sale_multiple * wire.sale_multiple])  # together: over the limit
    book.save(sheet_file)
    assert next((row.code, row.quantity) for row in read_material_list(sheet_file)) == (
        wire.sku,
        wire.sale_multiple * 2,
    )

    _ctx, _window, view = open_cart(fresh_server, "jean.dupuis")
    dialog = view.open_import()
    dialog.open_file(sheet_file)
    qtbot.waitUntil(lambda: dialog.model is not None and not dialog.model.is_resolving, timeout=30_000)
    assert statuses(dialog) == ["ok", "ok"]

    dialog.add_lines()
    qtbot.waitUntil(lambda: "refused" in statuses(dialog), timeout=20_000)
    assert statuses(dialog) == ["ok", "refused"]
    assert dialog.model.index(1, 5).data()  # the service's own words
    assert dialog.error.isVisibleTo(dialog)
    assert jean.cart.get().lines == []  # all or nothing
