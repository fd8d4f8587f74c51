"""Order templates: saving the cart as a template, editing it, adding it to the cart, and an approver finding a
pending request among their templates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from lumen_desktop.api import Tokens
from lumen_desktop.models.template_list_model import IS_REQUEST_ROLE, is_request
from lumen_desktop.notifications import InboxPoller
from lumen_desktop.sections import sections_for
from lumen_desktop.views.cart import CartView
from lumen_desktop.views.orders.orders_view import OrdersView
from lumen_desktop.views.templates.templates_view import TemplatesView

from .helpers import (
    click_sign_in,
    section_page,
    shown_once_loaded,
    shown_page,
    sign_in_through_the_app,
    signed_in_ctx,
)


def fill_cart(ctx, *queries: str) -> list[tuple[str, int]]:
    """Puts one product per query in the cart (its sale multiple as quantity); answers (sku, quantity)."""
    lines = []
    for query in queries:
        product = ctx.client.catalog.search(q=query, page_size=5).items[0]
        lines.append((product.sku, product.sale_multiple))
    ctx.client.cart.add_lines([{"sku": sku, "quantity": quantity} for sku, quantity in lines])
    return lines


def open_view(qtbot, ctx) -> TemplatesView:
    return shown_once_loaded(qtbot, TemplatesView(ctx), lambda view: not view.model.is_loading)


def all_texts(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_luc_saves_his_cart_as_a_template_without_prices_and_adds_it_back(qtbot, make_ctx, fresh_server) -> None:
    ctx = signed_in_ctx(make_ctx, fresh_server, "luc.gagnon")
    lines = fill_cart(ctx, "THHN 12", "disjoncteur")
    view = open_view(qtbot, ctx)

    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.new_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name_edit, "Laval job site")
    with qtbot.waitSignal(dialog.sig_created, timeout=20_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: view.editor.model.rowCount() == len(lines), timeout=20_000)
    template = view.editor.template
    assert template is not None
    row = view.model.row_of(template.id)
    assert view.model.index(row, 0).data() == "Laval job site"
    editor = view.editor
    headers = [editor.model.headerData(c, Qt.Orientation.Horizontal) for c in range(editor.model.columnCount())]
    assert headers == ["SKU", "Product", "Quantity", "Unit"]  # no price column at all
    assert [(r.sku, r.quantity) for r in editor.model.rows()] == lines
    assert "$" not in all_texts(view)

    ctx.client.cart.empty()
    with qtbot.waitSignal(editor.sig_added_to_cart, timeout=20_000):
        qtbot.mouseClick(editor.add_to_cart_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "2 lines added to the cart."
    assert sorted((line.sku, line.quantity) for line in ctx.client.cart.get().lines) == sorted(lines)


def test_editing_a_template_renames_it_refuses_wrong_multiples_and_deletes_after_asking(
    qtbot, make_ctx, fresh_server
) -> None:
    ctx = signed_in_ctx(make_ctx, fresh_server, "marie.tremblay")
    fill_cart(ctx, "THHN 12", "disjoncteur")
    template = ctx.client.templates.create_from_cart("Weekly restock")
    view = open_view(qtbot, ctx)
    view.open_entry(template.id)
    editor = view.editor
    assert not editor.name_edit.isEnabled()  # the list gave a summary: nothing to edit before the lines arrive
    qtbot.waitUntil(lambda: editor.model.rowCount() == 2, timeout=20_000)
    assert editor.name_edit.isEnabled()
    headers = [editor.model.headerData(c, Qt.Orientation.Horizontal) for c in range(editor.model.columnCount())]
    assert headers == ["SKU", "Product", "Quantity", "Unit", "Price", "Amount"]

    first = editor.model.rows()[0]
    quantity_cell = editor.model.index(0, editor.model.column_of("quantity"))
    if first.sale_multiple > 1:
        with qtbot.waitSignal(editor.model.sig_quantity_refused):
            assert not editor.model.setData(quantity_cell, first.sale_multiple + 1)
        assert editor.lines_error.text() == f"{first.sku} is sold in multiples of {first.sale_multiple:,}."
    assert editor.model.setData(quantity_cell, first.sale_multiple * 3)
    editor.table.selectRow(1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    editor.name_edit.clear()
    qtbot.keyClicks(editor.name_edit, "Monthly restock")
    with qtbot.waitSignal(editor.sig_saved, timeout=20_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = ctx.client.templates.get(template.id)
    assert saved.name == "Monthly restock"
    assert [(line.sku, line.quantity) for line in saved.lines] == [(first.sku, first.sale_multiple * 3)]
    assert view.model.index(view.model.row_of(template.id), 0).data() == "Monthly restock"

    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert editor.confirm_box is not None and "Monthly restock" in editor.confirm_box.text()
    with qtbot.waitSignal(editor.sig_deleted, timeout=20_000):
        qtbot.mouseClick(editor.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert view.model.row_of(template.id) == -1
    assert all(t.id != template.id for t in ctx.client.templates.list())


def test_marie_finds_lucs_pending_request_among_her_templates(qtbot, make_ctx, fresh_server) -> None:
    luc = signed_in_ctx(make_ctx, fresh_server, "luc.gagnon")
    lines = fill_cart(luc, "THHN 12")
    request = luc.client.cart.submit_for_approval("For the Laval job")

    view = open_view(qtbot, signed_in_ctx(make_ctx, fresh_server, "marie.tremblay"))
    row = view.model.row_of(f"approval:{request.id}")
    assert row >= 0
    assert view.model.index(row, 0).data() == "Pending request from Luc Gagnon"
    assert view.model.index(row, 0).data(IS_REQUEST_ROLE) is True
    view.open_entry(f"approval:{request.id}")
    preview = view.request_page
    assert view.stack.currentWidget() is preview
    qtbot.waitUntil(lambda: preview.model.rowCount() == 1, timeout=20_000)
    assert preview.model.rows()[0].sku == lines[0][0]
    assert "For the Laval job" in preview.note.text()
    assert preview.total is not None and "$" in preview.total.text()  # marie may see prices

    with qtbot.waitSignal(preview.sig_review) as review:
        qtbot.mouseClick(preview.review_button, Qt.MouseButton.LeftButton)
    assert review.args == [request.id]
    editor = view.request_editors[request.id]
    assert editor.isVisible() and editor.approval_id == request.id
    editor.close()


def test_luc_gets_templates_and_orders_sections_without_totals(qtbot, make_ctx, live_server) -> None:
    ctx = signed_in_ctx(make_ctx, live_server, "luc.gagnon")
    assert ctx.me is not None
    assert {"templates", "orders"} <= {s.key for s in sections_for(ctx.me)}
    section_page(qtbot, ctx, "templates", TemplatesView)
    orders = section_page(qtbot, ctx, "orders", OrdersView)
    headers = [orders.model.headerData(c, Qt.Orientation.Horizontal) for c in range(orders.model.columnCount())]
    assert headers == ["Order", "Date", "Status", "Placed by", "Requested by", "PO number", "Job name"]
    assert orders.details.totals is None


def test_marie_sees_a_new_request_among_her_templates_without_refreshing(qtbot, make_ctx, fresh_server) -> None:
    marie = signed_in_ctx(make_ctx, fresh_server, "marie.tremblay")
    view = open_view(qtbot, marie)
    assert not [template for template in view.model.templates() if is_request(template)]

    luc = signed_in_ctx(make_ctx, fresh_server, "luc.gagnon")
    fill_cart(luc, "THHN 12")
    request = luc.client.cart.submit_for_approval("Pour le chantier de Laval")
    InboxPoller.of(marie).poll_now()  # what its 10-second timer does

    qtbot.waitUntil(lambda: view.model.row_of(f"approval:{request.id}") >= 0, timeout=20_000)


def test_signing_out_with_a_renamed_template_asks_first(qtbot, make_ctx, fresh_server, memory_keyring) -> None:
    ctx = make_ctx(fresh_server)
    flow, window = sign_in_through_the_app(qtbot, ctx, "marie.tremblay")
    ctx.client.cart.add_lines([{"sku": sku, "quantity": quantity} for sku, quantity in fill_lines(ctx)])
    template = ctx.client.templates.create_from_cart("Weekly restock")
    window.select_section("templates")
    view = shown_page(window, TemplatesView)
    qtbot.waitUntil(lambda: view.model.row_of(template.id) >= 0, timeout=20_000)
    view.open_entry(template.id)
    qtbot.waitUntil(lambda: view.editor.name_edit.isEnabled(), timeout=20_000)
    view.editor.name_edit.clear()
    qtbot.keyClicks(view.editor.name_edit, "Weekly restock, Laval")
    window.select_section("catalog")

    window.sign_out_action.trigger()
    assert flow.window is window and ctx.me is not None  # still signed in, shown the template
    assert window.current_page() is view and view.leave_box is not None and view.leave_box.isVisible()
    qtbot.mouseClick(view.leave_box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    # "Discard changes" lets the sign-out carry on.
    assert view.editor.name_edit.text() == "Weekly restock" and not view.editor.is_dirty
    assert flow.window is None and ctx.me is None


def fill_lines(ctx) -> list[tuple[str, int]]:
    product = ctx.client.catalog.search(q="THHN 12", page_size=1).items[0]
    return [(product.sku, product.sale_multiple)]


def test_a_template_writes_a_price_per_m_as_the_cart_and_the_catalog_do(qtbot, make_ctx, fresh_server) -> None:
    ctx = signed_in_ctx(make_ctx, fresh_server, "marie.tremblay")
    fill_cart(ctx, "THHN 12 cut to length")
    line = ctx.client.cart.get().lines[0]
    assert line.price_unit == 1000 and line.unit_price is not None  # wire is priced per thousand feet
    template = ctx.client.templates.create_from_cart("Wire")
    view = open_view(qtbot, ctx)
    view.open_entry(template.id)
    model = view.editor.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=20_000)
    assert model.index(0, model.column_of("unit_price")).data() == f"${line.unit_price:,.2f} / M"


def expire_the_session(ctx) -> None:
    """As after a night away: the access token is refused and the refresh token too."""
    ctx.client.set_tokens(Tokens(access_token="expired", refresh_token="revoked", expires_in=900))


def sign_in_again(qtbot, flow, ctx, username: str) -> None:
    qtbot.waitUntil(lambda: flow.reauth_dialog is not None and flow.reauth_dialog.isVisible(), timeout=20_000)
    qtbot.keyClicks(flow.reauth_dialog.password, f"demo-{username}")
    with qtbot.waitSignal(ctx.sig_me_changed, timeout=20_000):
        click_sign_in(qtbot, flow.reauth_dialog)


def test_an_expired_session_during_a_template_save_asks_to_sign_in_and_the_edits_stay(
    qtbot, make_ctx, fresh_server, memory_keyring
) -> None:
    ctx = make_ctx(fresh_server)
    flow, window = sign_in_through_the_app(qtbot, ctx, "marie.tremblay")
    fill_cart(ctx, "THHN 12", "disjoncteur")
    template = ctx.client.templates.create_from_cart("Weekly restock")
    window.select_section("templates")
    view = shown_page(window, TemplatesView)
    view.refresh()
    qtbot.waitUntil(lambda: view.model.row_of(template.id) >= 0, timeout=20_000)
    view.open_entry(template.id)
    editor = view.editor
    qtbot.waitUntil(lambda: editor.model.rowCount() == 2 and editor.name_edit.isEnabled(), timeout=20_000)
    editor.name_edit.clear()
    qtbot.keyClicks(editor.name_edit, "Monthly restock")

    expire_the_session(ctx)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    sign_in_again(qtbot, flow, ctx, "marie.tremblay")
    assert editor.name_edit.text() == "Monthly restock" and editor.is_dirty
    assert editor.message.text() == ""  # the sign-in said it: no second word under the table
    assert ctx.client.templates.get(template.id).name == "Weekly restock"

    with qtbot.waitSignal(editor.sig_saved, timeout=20_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert ctx.client.templates.get(template.id).name == "Monthly restock"


def test_the_carts_save_as_template_is_the_new_template_dialog_and_survives_an_expired_session(
    qtbot, make_ctx, fresh_server, memory_keyring
) -> None:
    ctx = make_ctx(fresh_server)
    flow, window = sign_in_through_the_app(qtbot, ctx, "luc.gagnon")
    lines = fill_cart(ctx, "THHN 12")
    ctx.client.cart.update_details(job_name="Condos Laval")
    window.select_section("cart")
    cart = shown_page(window, CartView)
    cart.refresh()
    qtbot.waitUntil(lambda: cart.model.rowCount() == len(lines), timeout=20_000)
    dialog = cart.open_save_template()
    assert dialog.windowTitle() == "Save as template" and dialog.buttons.action.text() == "&Save"
    assert dialog.name_edit.text() == "Condos Laval"  # the cart's job name, proposed
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Laval job site")

    expire_the_session(ctx)
    qtbot.mouseClick(dialog.buttons.action, Qt.MouseButton.LeftButton)
    sign_in_again(qtbot, flow, ctx, "luc.gagnon")
    assert dialog.isVisible() and dialog.name_edit.text() == "Laval job site" and dialog.buttons.action.isEnabled()
    assert not dialog.message.isVisibleTo(dialog) and not dialog.name_error.isVisibleTo(dialog)

    with qtbot.waitSignal(dialog.sig_created, timeout=20_000):
        qtbot.mouseClick(dialog.buttons.action, Qt.MouseButton.LeftButton)
    assert [t.name for t in ctx.client.templates.list() if not is_request(t)] == ["Laval job site"]
