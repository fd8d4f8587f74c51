"""Printing the cart: what the screen shows, and never a price for a user who may not see prices."""

from __future__ import annotations

from pathlib import Path

from pypdf import PageObject, PdfReader

from lumen_desktop.printing import write_pdf

from .cart_steps import add_wire, open_cart
from .helpers import api_as

__all__ = ["open_cart"]  # a fixture, imported for pytest


def page_text(page: PageObject) -> str:
    return page.extract_text().replace("\t", " ")  # pypdf reads some spaces as tabs


def pdf_text(path: Path) -> str:
    return "\n".join(page_text(page) for page in PdfReader(str(path)).pages)


def test_luc_prints_his_cart_without_any_price(qtbot, fresh_server, open_cart, tmp_path: Path):
    luc = api_as(fresh_server, "luc.gagnon")
    wire = add_wire(luc)
    luc.cart.update_details(po_number="PO-123")
    _ctx, _window, view = open_cart(fresh_server, "luc.gagnon")

    path = write_pdf(view.printable_document(), tmp_path / "cart.pdf")

    text = pdf_text(path)
    assert wire.sku in text
    assert "PO-123" in text
    assert "$" not in text
    assert "Unit price" not in text and "Total" not in text


def test_jean_prints_his_cart_with_prices_and_taxes(qtbot, fresh_server, open_cart, tmp_path: Path):
    jean = api_as(fresh_server, "jean.dupuis")
    wire = add_wire(jean)
    ctx, _window, view = open_cart(fresh_server, "jean.dupuis")

    text = pdf_text(write_pdf(view.printable_document(), tmp_path / "cart.pdf"))

    assert wire.sku in text
    assert ctx.formatter.money(jean.cart.get().total) in text
    assert "Total" in text and "GST" in text
