"""Order history: the newest orders first, their details, Reorder, paging as the user scrolls, and printing
orders and approval requests with or without prices."""

from __future__ import annotations

from uuid import uuid4

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from lumen_desktop import permissions
from lumen_desktop.api import Order
from lumen_desktop.context import AppContext
from lumen_desktop.printing import write_pdf
from lumen_desktop.views.main_window import MainWindow
from lumen_desktop.views.orders.documents import approval_document, order_document
from lumen_desktop.views.orders.orders_view import OrdersView

from .helpers import shown_once_loaded, signed_in_ctx


def product(ctx, query: str) -> tuple[str, int]:
    found = ctx.client.catalog.search(q=query, page_size=5).items[0]
    return found.sku, found.sale_multiple


def place_order(ctx: AppContext, lines: list[tuple[str, int]], po_number: str) -> str:
    ctx.client.cart.add_lines([{"sku": sku, "quantity": quantity} for sku, quantity in lines])
    return ctx.client.cart.checkout({"method": "delivery"}, uuid4().hex, po_number=po_number).number


def open_orders(qtbot, ctx) -> OrdersView:
    return shown_once_loaded(qtbot, OrdersView(ctx), lambda view: not view.model.is_fetching)


def pdf_text(path) -> str:
    """The PDF's text with its spacing made plain (pypdf may give tabs between words)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_jean_sees_his_orders_newest_first_and_reorders_one(qtbot, make_ctx, fresh_server) -> None:
    jean = signed_in_ctx(make_ctx, fresh_server, "jean.dupuis")
    wire, breaker = product(jean, "THHN 12"), product(jean, "disjoncteur")
    first = place_order(jean, [wire], "PO-1001")
    second = place_order(jean, [wire, breaker], "PO-1002")

    view = open_orders(qtbot, jean)
    numbers = [order.number for order in view.model.orders()]
    assert numbers[:2] == [second, first]
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == ["Order", "Date", "Status", "Placed by", "Requested by", "PO number", "Job name", "Total"]
    assert view.model.index(0, 5).data() == "PO-1002"
    assert view.model.index(0, 3).data() == "Jean Dupuis"
    assert view.model.index(0, 7).data().startswith("$")

    view.table.selectRow(0)
    details = view.details
    qtbot.waitUntil(lambda: details.model.rowCount() == 2, timeout=20_000)
    assert [(row.sku, row.quantity) for row in details.model.rows()] == [wire, breaker]
    assert details.fields["po_number"].text() == "PO-1002"
    assert details.fields["shipping"].text() == "Delivery"
    assert any(label.text() == "Total" for label in details.findChildren(QLabel))

    with qtbot.waitSignal(details.sig_reordered, timeout=20_000):
        qtbot.mouseClick(details.reorder_button, Qt.MouseButton.LeftButton)
    assert details.status.text() == "2 lines added to the cart."
    assert sorted((line.sku, line.quantity) for line in jean.client.cart.get().lines) == sorted([wire, breaker])

    document = details.printable_document()
    assert document.title == f"Order {second}" and document.columns[-1] == "Amount"


def test_before_an_order_is_chosen_the_details_say_what_to_do_and_show_no_bare_captions(
    qtbot, make_ctx, fresh_server
) -> None:
    jean = signed_in_ctx(make_ctx, fresh_server, "jean.dupuis")
    place_order(jean, [product(jean, "THHN 12")], "PO-1001")
    view = open_orders(qtbot, jean)
    details = view.details
    captions = details.captions.values()
    assert details.hint.isVisibleTo(view) and details.hint.text() == "Select an order to see its details."
    assert not any(caption.isVisibleTo(view) for caption in captions)
    assert not details.table.isVisibleTo(view) and not details.reorder_button.isVisibleTo(view)

    view.table.selectRow(0)
    qtbot.waitUntil(lambda: details.model.rowCount() == 1, timeout=20_000)
    assert not details.hint.isVisibleTo(view) and details.table.isVisibleTo(view)
    assert details.captions["po_number"].isVisibleTo(view) and details.fields["po_number"].text() == "PO-1001"


def test_the_history_loads_more_orders_as_the_user_scrolls(qtbot, make_ctx, fresh_server) -> None:
    paul = signed_in_ctx(make_ctx, fresh_server, "paul.bergeron")
    line = product(paul, "boîte")
    for n in range(23):
        place_order(paul, [line], f"PO-{n:03d}")
    view = open_orders(qtbot, paul)
    assert view.model.rowCount() == 20  # the first page only
    with qtbot.waitSignal(view.model.sig_page_loaded, timeout=20_000):
        view.table.scrollToBottom()
        view.model.fetchMore()
    assert view.model.rowCount() == 23
    assert not view.model.canFetchMore()
    assert view.model.index(22, 5).data() == "PO-000"


def test_a_request_prints_without_prices_for_luc_and_with_the_total_for_marie(
    qtbot, make_ctx, fresh_server, tmp_path
) -> None:
    luc = signed_in_ctx(make_ctx, fresh_server, "luc.gagnon")
    sku, multiple = product(luc, "THHN 12")
    luc.client.cart.add_lines([{"sku": sku, "quantity": multiple}])
    request = luc.client.cart.submit_for_approval("Laval job")

    as_luc = approval_document(luc.client.approvals.get(request.id), luc.formatter, permissions.can_see_prices(luc.me))
    assert "Price" not in as_luc.columns and not as_luc.totals
    write_pdf(as_luc, tmp_path / "luc.pdf")
    text = pdf_text(tmp_path / "luc.pdf")
    assert sku in text and "Luc Gagnon" in text
    assert "$" not in text

    marie = signed_in_ctx(make_ctx, fresh_server, "marie.tremblay")
    approval = marie.client.approvals.get(request.id)
    write_pdf(
        approval_document(approval, marie.formatter, permissions.can_see_prices(marie.me)), tmp_path / "marie.pdf"
    )
    text = pdf_text(tmp_path / "marie.pdf")
    assert sku in text and "Total" in text
    assert marie.formatter.money(approval.total) in text


def test_an_order_prints_in_french_without_prices_for_luc(qtbot, make_ctx, fresh_server, tmp_path) -> None:
    marie = signed_in_ctx(make_ctx, fresh_server, "marie.tremblay")
    luc = signed_in_ctx(make_ctx, fresh_server, "luc.gagnon")
    sku, multiple = product(luc, "THHN 12")
    luc.client.cart.add_lines([{"sku": sku, "quantity": multiple}])
    request = luc.client.cart.submit_for_approval()
    order = marie.client.approvals.approve(request.id, {"method": "delivery"}, uuid4().hex, po_number="BC-77")
    assert isinstance(order, Order)  # one approval places luc's one line

    luc.i18n.set_language("fr")
    document = order_document(luc.client.orders.get(order.number), luc.formatter, permissions.can_see_prices(luc.me))
    write_pdf(document, tmp_path / "order.pdf")
    text = pdf_text(tmp_path / "order.pdf")
    assert f"Commande {order.number}" in text and "Demandée par" in text and "BC-77" in text
    assert "$" not in text and "Total" not in text
    assert document.rows[0][3] == "rouleau"  # the wire's unit, "roll", in French as on the screen


def test_an_order_shows_its_units_in_the_users_language(qtbot, make_ctx, fresh_server) -> None:
    jean = signed_in_ctx(make_ctx, fresh_server, "jean.dupuis")
    sku, multiple = product(jean, "THHN 12")
    number = place_order(jean, [(sku, multiple)], "BC-UNITS")
    view = open_orders(qtbot, jean)
    summary = next(order for order in view.model.orders() if order.number == number)
    view.details.show_order(summary)
    model = view.details.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=20_000)
    unit = model.index(0, model.column_of("uom"))
    assert model.data(unit) == "roll"
    with qtbot.waitSignal(jean.i18n.sig_language_changed):
        jean.i18n.set_language("fr")
    qtbot.waitUntil(lambda: model.data(model.index(0, model.column_of("uom"))) == "rouleau", timeout=20_000)


def test_order_numbers_dates_and_totals_are_shown_whole_not_cut_short(qtbot, make_ctx, fresh_server) -> None:
    jean = signed_in_ctx(make_ctx, fresh_server, "jean.dupuis")
    place_order(jean, [product(jean, "THHN 12")], "PO-2001")

    window = MainWindow(jean)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    window.select_section("orders")
    view = window.current_page()
    assert isinstance(view, OrdersView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not view.model.is_fetching, timeout=20_000)

    for key in ("number", "date", "total"):
        column = view.model.column_of(key)
        assert view.table.columnWidth(column) >= view.table.sizeHintForColumn(column), key
