"""Catalog user stories that change the cart (each on a fresh service): add from the details, scan, multiples."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .catalog_steps import open_catalog, open_product, products, search

__all__ = ["open_catalog"]


def cart_quantities(ctx) -> dict[str, int]:
    return {line.sku: line.quantity for line in ctx.client.cart.get().lines}


def type_quantity(qtbot, view, text: str) -> None:
    view.details.quantity.lineEdit().selectAll()
    qtbot.keyClicks(view.details.quantity, text)


def test_luc_adds_250_ft_of_wire_and_adding_again_adds_more(qtbot, open_catalog, fresh_server) -> None:
    ctx, view = open_catalog(fresh_server, "luc.gagnon")
    search(qtbot, view, "THHN 12")
    wire = next(p for p in products(view) if p.uom == "ft" and 250 % p.sale_multiple == 0)
    before = cart_quantities(ctx).get(wire.sku, 0)
    open_product(qtbot, view, wire.sku)
    type_quantity(qtbot, view, "250")
    assert view.details.quantity_error.isHidden()
    heard = []
    ctx.sig_cart_changed.connect(lambda: heard.append("cart changed"))
    with qtbot.waitSignal(view.sig_added_to_cart, timeout=20_000) as added:
        qtbot.mouseClick(view.details.add_button, Qt.MouseButton.LeftButton)
    assert added.args == [wire.sku, 250] and heard == ["cart changed"]
    assert cart_quantities(ctx)[wire.sku] == before + 250
    assert view.status.text() == f"Added 250 × {wire.name} to the cart"
    with qtbot.waitSignal(view.sig_added_to_cart, timeout=20_000):
        qtbot.keyClick(view.details.quantity, Qt.Key.Key_Return)  # Enter in the quantity adds too
    assert cart_quantities(ctx)[wire.sku] == before + 500  # added to what was there, not replaced


def test_a_quantity_that_is_not_a_multiple_is_explained_beside_the_entry(qtbot, open_catalog, fresh_server) -> None:
    ctx, view = open_catalog(fresh_server, "marie.tremblay")
    search(qtbot, view, "THHN 12")
    wire = next(p for p in products(view) if p.sale_multiple == 25)
    open_product(qtbot, view, wire.sku)
    assert view.details.quantity.value() == 25
    view.details.quantity.stepBy(1)
    assert view.details.quantity.value() == 50  # the arrows step by the sale multiple
    type_quantity(qtbot, view, "30")
    assert view.details.quantity_error.isVisible()
    assert view.details.quantity_error.text() == "This product is sold in multiples of 25."
    qtbot.mouseClick(view.details.add_button, Qt.MouseButton.LeftButton)
    assert view.details.quantity.text() == "30"  # what the user typed stays
    qtbot.waitUntil(lambda: view.details.add_button.isEnabled())
    assert wire.sku not in cart_quantities(ctx)
    type_quantity(qtbot, view, "75")
    assert view.details.quantity_error.isHidden()


def test_a_service_refusal_appears_beside_the_quantity(qtbot, open_catalog, fresh_server) -> None:
    _ctx, view = open_catalog(fresh_server, "marie.tremblay")
    search(qtbot, view, "THHN 12")
    wire = next(p for p in products(view) if p.sale_multiple == 25)
    open_product(qtbot, view, wire.sku)
    with qtbot.waitSignal(view.adder.sig_refused, timeout=20_000):
        view.adder.add(wire, 30)  # as if the multiple changed on the service since the product was shown
    assert view.details.quantity_error.isVisible() and "25" in view.details.quantity_error.text()


def test_enter_after_typing_a_upc_opens_the_product_and_adds_nothing(qtbot, open_catalog, fresh_server) -> None:
    ctx, view = open_catalog(fresh_server, "jean.dupuis")
    breaker = next(p for p in ctx.client.catalog.search("disjoncteur", page_size=20).items if p.upc)
    before = cart_quantities(ctx)
    view.focus_search()
    qtbot.keyClicks(view.search.edit, breaker.upc)
    qtbot.keyClick(view.search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: view.details.product is not None and view.details.product.sku == breaker.sku, timeout=20_000
    )
    assert cart_quantities(ctx) == before


def test_the_details_pane_follows_the_results(qtbot, open_catalog, fresh_server) -> None:
    ctx, view = open_catalog(fresh_server, "jean.dupuis")
    assert view.details.empty_state.isVisible() and not view.details.content.isVisible()
    search(qtbot, view, "octogonale")
    box = products(view)[0]
    open_product(qtbot, view, box.sku)
    assert view.details.content.isVisible() and not view.details.empty_state.isVisible()
    served = ctx.client.catalog.product(box.sku)
    assert served.category_name and view.details.category.text() == served.category_name  # its name, not its id

    view.search.edit.clear()
    search(qtbot, view, "disjoncteur")
    assert view.results.row_of(box.sku) is None
    # The octagon box is no longer listed: the pane says to pick one, and Add to cart cannot add the hidden box.
    assert view.details.product is None and view.details.empty_state.isVisible()
    assert not view.details.content.isVisible()
    before = cart_quantities(ctx)
    view.details.add_to_cart()
    assert cart_quantities(ctx) == before


def test_enter_on_words_only_searches(qtbot, open_catalog, fresh_server) -> None:
    ctx, view = open_catalog(fresh_server, "jean.dupuis")
    before = cart_quantities(ctx)
    view.focus_search()
    qtbot.keyClicks(view.search.edit, "disjoncteur")
    with qtbot.waitSignal(view.results.sig_loaded, timeout=20_000):
        qtbot.keyClick(view.search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.results.query == "disjoncteur" and view.results.is_loaded, timeout=20_000)
    assert view.results.rowCount() > 0
    assert cart_quantities(ctx) == before
