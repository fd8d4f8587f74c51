"""The cart speaks the user's language at once: labels, product and tax names, and money in fr_CA."""

from __future__ import annotations

import re
from decimal import Decimal

from babel.numbers import format_currency

from lumen_desktop import ops

from .cart_steps import find_product, headers, open_cart
from .helpers import api_as

__all__ = ["open_cart"]  # a fixture, imported for pytest


def test_switching_to_french_retranslates_the_cart_and_formats_money_the_quebec_way(qtbot, fresh_server, open_cart):
    jean = api_as(fresh_server, "jean.dupuis")
    wire = find_product(jean, "THHN 12", multiple_above=1)
    jean.cart.add_lines([{"sku": wire.sku, "quantity": wire.sale_multiple * 400}])
    total = jean.cart.get().total
    assert total is not None and total >= Decimal("1000")  # enough for a thousands separator

    ctx, _window, view = open_cart(fresh_server, "jean.dupuis", "en")
    assert view.totals.total_label.text() == format_currency(total, "CAD", locale="en_CA")

    with qtbot.waitSignal(view.session.sig_loaded, timeout=20_000):
        ctx.i18n.set_language("fr")
    qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=20_000)

    assert view.title.text() == "Panier"
    assert view.action_button.text() == "Passer la commande…"
    assert headers(view) == ["Code Lumen", "Produit", "Quantité", "Unité", "Prix unitaire", "Montant", "État"]
    french = api_as(fresh_server, "jean.dupuis", "fr").cart.get()
    assert view.model.line(0).line.name == french.lines[0].name  # the product's name came back in French
    shown_total = view.totals.total_label.text()
    assert shown_total == format_currency(total, "CAD", locale="fr_CA")
    assert re.fullmatch(r"\d{1,3}(\u00a0\d{3})+,\d{2}\u00a0\$", shown_total)
    tax_names = [label.text() for label in view.totals.findChildren(type(view.title))]
    assert any(text.startswith("TPS") for text in tax_names) and any(text.startswith("TVQ") for text in tax_names)
    assert view.details.labels["po_number"].text().replace("&", "") == "Numéro de bon de commande (BC)\u00a0:"
    # The note's counter writes its limit the Quebec way too.
    assert re.fullmatch(r"0 / 1\u00a0000", view.details.counters["note"].text())
