"""Approvals, as the people who use them: luc sends his cart, marie sees it arrive, changes it and places it, and
luc sees what became of it — with no price ever shown to him."""

from __future__ import annotations

import sqlite3

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lumen_desktop import ops
from lumen_desktop.notifications import NoticeKind
from lumen_desktop.printing import write_pdf
from lumen_desktop.views.approvals import ApprovalInboxView, MyRequestsView

from .approval_steps import (
    LEFT,
    cell,
    click_once_the_session_expired,
    everything_shown,
    expire_the_session,
    luc_sends_his_cart,
    marie_changes_lucs_request,
    marie_opens_lucs_request,
    marie_signed_in_opens_lucs_request,
    open_editor,
    open_from_inbox,
    type_quantity,
)
from .helpers import api_as, open_section_as, shown_once_loaded, sign_in_through_the_app, signed_in_ctx


def test_marie_sees_the_request_arrive_changes_it_and_places_the_order(
    qtbot, make_ctx, fresh_server, memory_keyring
) -> None:
    _flow, window = sign_in_through_the_app(qtbot, make_ctx(fresh_server), "marie.tremblay")
    window.inbox.set_interval_ms(200)  # the real poll is every 10 s; the test does not wait that long
    qtbot.waitUntil(lambda: window.inbox.summary is not None, timeout=20_000)
    assert window.section_title("approvals") == "Approvals"

    sent, products = luc_sends_his_cart(fresh_server)

    # No refresh: the poller notices, the badge counts it and a desktop notice says so.
    qtbot.waitUntil(lambda: window.section_title("approvals") == "Approvals (1)", timeout=20_000)
    assert [n.kind for n in window.tray.last_notices] == [NoticeKind.NEW_REQUEST]

    window.select_section("approvals")
    inbox = window.current_page()
    assert isinstance(inbox, ApprovalInboxView)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=20_000)
    assert inbox.model.columns == ["requester", "date", "waiting", "lines", "po_job", "status", "total"]
    assert cell(inbox.model, 0, "requester") == "Luc Gagnon"
    assert cell(inbox.model, 0, "status") == "Pending"
    assert "$" in cell(inbox.model, 0, "total")

    inbox.table.setCurrentIndex(inbox.model.index(0, 0))
    qtbot.keyClick(inbox.table, Qt.Key.Key_Return)
    editor = inbox.editors[sent.id]
    qtbot.waitUntil(lambda: editor.approval is not None, timeout=20_000)
    assert editor.ui.header.values["note"].text() == "For the Laval job, thanks"
    assert [line.sku for line in editor.draft.lines] == [p.sku for p in products]
    assert not editor.ui.save_button.isEnabled()

    first = products[0]
    type_quantity(qtbot, editor, first.sku, 3 * first.sale_multiple)
    model = editor.ui.lines_model
    assert cell(model, 0, "change") == f"Changed (was {2 * first.sale_multiple})"
    assert editor.ui.save_button.isEnabled()

    qtbot.mouseClick(editor.ui.approve_button, LEFT)
    dialog = editor.approve_dialog
    assert dialog is not None and dialog.shipping_choice.delivery.isChecked()
    with qtbot.waitSignal(editor.sig_approved, timeout=20_000) as placed:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    order = placed.args[0]
    assert order.number.startswith("C-")
    assert editor.ui.outcome.text() == f"Order {order.number} placed."
    qtbot.waitUntil(lambda: editor.approval is not None and editor.approval.status == "approved", timeout=20_000)
    assert not editor.ui.approve_button.isEnabled() and not editor.ui.reject_button.isEnabled()
    placed_lines = {
        line.sku: line.quantity for line in api_as(fresh_server, "marie.tremblay").orders.get(order.number).lines
    }
    assert placed_lines[first.sku] == 3 * first.sale_multiple
    qtbot.waitUntil(lambda: window.section_title("approvals") == "Approvals", timeout=20_000)
    window.inbox.stop()

    # Luc opens "My requests": approved, with the order number and what marie changed — and no price anywhere.
    _flow, luc_window, mine = open_section_as(qtbot, make_ctx(fresh_server), "luc.gagnon", "approvals", MyRequestsView)
    qtbot.waitUntil(lambda: mine.details.approval is not None, timeout=20_000)
    assert mine.model.columns == ["date", "status", "waiting", "approver", "lines", "order", "reason"]
    assert cell(mine.model, 0, "status") == "Approved"
    assert cell(mine.model, 0, "order") == order.number
    assert cell(mine.model, 0, "approver") == "Marie Tremblay"
    assert not mine.cancel_button.isEnabled()
    changes = mine.details.changes_model
    assert [changes.change(row).sku for row in range(changes.rowCount())] == [p.sku for p in products]
    assert changes.change(0).requested == 2 * first.sale_multiple
    assert changes.change(0).placed == 3 * first.sale_multiple
    assert changes.data(changes.index(0, 5)) == "Quantity changed"
    assert changes.data(changes.index(1, 5)) == ""
    assert mine.details.header.values["status"].text() == f"Approved — order {order.number}"
    shown = everything_shown(luc_window)
    assert not [text for text in shown if "$" in text or "Total" in text or "Price" in text], shown
    luc_window.inbox.stop()


def test_a_stale_editor_keeps_what_the_approver_typed_after_a_conflict(qtbot, make_ctx, fresh_server) -> None:
    sent, products = luc_sends_his_cart(fresh_server)
    first, second = products
    # Marie has the request open in two windows.
    early = open_editor(qtbot, signed_in_ctx(make_ctx, fresh_server, "marie.tremblay"), sent.id)
    stale = open_editor(qtbot, signed_in_ctx(make_ctx, fresh_server, "marie.tremblay"), sent.id)

    # She types in the second window first: live events never reload an editor holding unsaved changes.
    type_quantity(qtbot, stale, second.sku, 5 * second.sale_multiple)
    type_quantity(qtbot, early, first.sku, 4 * first.sale_multiple)
    with qtbot.waitSignal(early.sig_saved, timeout=20_000):
        qtbot.mouseClick(early.ui.save_button, LEFT)

    with qtbot.waitSignal(stale.sig_conflict_shown, timeout=20_000) as shown:
        qtbot.mouseClick(stale.ui.save_button, LEFT)
    dialog = shown.args[0]
    assert dialog.isVisible()
    rows = {line.sku: line for line in dialog.conflict.lines}
    assert (rows[first.sku].read, rows[first.sku].theirs, rows[first.sku].yours) == (
        2 * first.sale_multiple,
        4 * first.sale_multiple,
        None,
    )
    assert (rows[second.sku].read, rows[second.sku].theirs, rows[second.sku].yours) == (
        2 * second.sale_multiple,
        2 * second.sale_multiple,
        5 * second.sale_multiple,
    )
    assert dialog.conflict.their_author == "Marie Tremblay"
    qtbot.mouseClick(dialog.keep_button, LEFT)
    assert not dialog.isVisible()

    # The fresh lines, with her own typed quantity re-applied on top and marked.
    model = stale.ui.lines_model
    assert model.line(0).quantity == 4 * first.sale_multiple and cell(model, 0, "change") == ""
    assert model.line(1).quantity == 5 * second.sale_multiple
    assert cell(model, 1, "change") == f"Changed (was {2 * second.sale_multiple})"
    assert stale.ui.save_button.isEnabled()
    with qtbot.waitSignal(stale.sig_saved, timeout=20_000):
        qtbot.mouseClick(stale.ui.save_button, LEFT)

    on_service = api_as(fresh_server, "marie.tremblay").approvals.get(sent.id)
    assert {line.sku: line.quantity for line in on_service.lines} == {
        first.sku: 4 * first.sale_multiple,
        second.sku: 5 * second.sale_multiple,
    }
    assert on_service.version == "3" and stale.draft.version == "3"
    assert not stale.draft.is_dirty


def test_a_rejection_needs_a_reason(qtbot, make_ctx, fresh_server) -> None:
    _sent, _products, editor = marie_opens_lucs_request(qtbot, make_ctx, fresh_server)
    qtbot.mouseClick(editor.ui.reject_button, LEFT)
    dialog = editor.reject_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.buttons.action.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.buttons.action.isEnabled()
    qtbot.keyClicks(dialog.reason, "Use the 14/2 from the Laval stock instead")
    assert dialog.buttons.action.isEnabled()
    with qtbot.waitSignal(dialog.sig_rejected, timeout=20_000):
        qtbot.mouseClick(dialog.buttons.action, LEFT)
    qtbot.waitUntil(lambda: editor.approval is not None and editor.approval.status == "rejected", timeout=20_000)
    assert editor.ui.header.values["status"].text() == "Rejected — reason: Use the 14/2 from the Laval stock instead"
    assert not editor.ui.save_button.isEnabled() and not editor.ui.approve_button.isEnabled()
    assert "Rejected: Use the 14/2" in editor.ui.history.model.data(editor.ui.history.model.index(1, 2))


def test_a_rejection_after_the_session_expired_asks_to_sign_in_again_and_keeps_the_reason(
    qtbot, make_ctx, fresh_server
) -> None:
    sent, ctx, editor = marie_signed_in_opens_lucs_request(qtbot, make_ctx, fresh_server)
    qtbot.mouseClick(editor.ui.reject_button, LEFT)
    dialog = editor.reject_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.reason, "Use the 14/2 from the Laval stock instead")
    click_once_the_session_expired(qtbot, ctx, dialog.buttons.action)
    qtbot.waitUntil(dialog.buttons.action.isEnabled, timeout=20_000)
    assert dialog.isVisible() and dialog.reason_text() == "Use the 14/2 from the Laval stock instead"
    assert not dialog.reason_error.isVisibleTo(dialog)  # no second "session expired" under the reason
    assert api_as(fresh_server, "marie.tremblay").approvals.get(sent.id).status == "pending"


def test_a_save_after_the_session_expired_asks_to_sign_in_again_and_keeps_the_edits(
    qtbot, make_ctx, fresh_server
) -> None:
    sent, ctx, editor = marie_signed_in_opens_lucs_request(qtbot, make_ctx, fresh_server)
    qtbot.keyClicks(editor.ui.po_number, "PO-7781")
    click_once_the_session_expired(qtbot, ctx, editor.ui.save_button)
    qtbot.waitUntil(editor.ui.save_button.isEnabled, timeout=20_000)
    assert editor.ui.po_number.text() == "PO-7781" and editor.draft.is_dirty
    assert not editor.ui.message.isVisibleTo(editor)  # the sign-in says it: no second word in the editor
    assert api_as(fresh_server, "marie.tremblay").approvals.get(sent.id).po_number == sent.po_number


def test_luc_s_requests_after_the_session_expired_ask_to_sign_in_again_and_say_nothing_themselves(
    qtbot, make_ctx, fresh_server
) -> None:
    sent, _products = luc_sends_his_cart(fresh_server)
    ctx = signed_in_ctx(make_ctx, fresh_server, "luc.gagnon")
    mine = shown_once_loaded(qtbot, MyRequestsView(ctx), lambda view: view.details.approval is not None)
    expire_the_session(ctx)
    with qtbot.waitSignal(ctx.sig_session_expired, timeout=20_000):  # the app answers it with "sign in again"
        mine.details.show_request(sent.id)
        mine.refresh()
    qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=20_000)
    assert not mine.details.message.isVisibleTo(mine)  # not "This request could not be loaded."
    assert not mine.message.isVisibleTo(mine)


def test_a_refused_rejection_is_said_under_the_reason_which_stays(qtbot, make_ctx, fresh_server) -> None:
    sent, _products = luc_sends_his_cart(fresh_server)
    editor = open_editor(qtbot, signed_in_ctx(make_ctx, fresh_server, "marie.tremblay"), sent.id)
    qtbot.mouseClick(editor.ui.reject_button, LEFT)
    dialog = editor.reject_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.reason, "Not this week")
    api_as(fresh_server, "luc.gagnon").approvals.cancel(sent.id)  # luc takes it back meanwhile
    qtbot.mouseClick(dialog.buttons.action, LEFT)
    qtbot.waitUntil(lambda: dialog.reason_error.isVisibleTo(dialog), timeout=20_000)
    assert "cancel" in dialog.reason_error.text().lower()
    assert dialog.isVisible() and dialog.reason_text() == "Not this week" and dialog.buttons.action.isEnabled()


def test_luc_cancels_a_pending_request(qtbot, make_ctx, fresh_server, memory_keyring) -> None:
    sent, _products = luc_sends_his_cart(fresh_server)
    _flow, window = sign_in_through_the_app(qtbot, make_ctx(fresh_server), "luc.gagnon")
    assert window.section_title("approvals") == "My requests"
    window.select_section("approvals")
    mine = window.current_page()
    assert isinstance(mine, MyRequestsView)
    qtbot.waitUntil(lambda: mine.details.approval is not None, timeout=20_000)
    assert cell(mine.model, 0, "status") == "Pending"
    assert mine.details.summary.text() == "Waiting for Marie Tremblay."
    assert "Place order" not in " ".join(everything_shown(window))

    qtbot.mouseClick(mine.cancel_button, LEFT)
    box = mine.confirm_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(box.StandardButton.Yes), LEFT)
    qtbot.waitUntil(lambda: cell(mine.model, 0, "status") == "Cancelled", timeout=20_000)
    assert not mine.cancel_button.isEnabled()
    assert api_as(fresh_server, "luc.gagnon").approvals.get(sent.id).status == "cancelled"
    window.inbox.stop()


def test_marie_adds_a_line_from_the_catalog_and_a_wrong_multiple_is_refused_on_its_row(
    qtbot, make_ctx, fresh_server
) -> None:
    sent, products, editor = marie_opens_lucs_request(qtbot, make_ctx, fresh_server)
    picker = editor.ui.picker
    qtbot.keyClicks(picker.search, "connector")
    qtbot.waitUntil(lambda: picker.results_model.rowCount() > 2, timeout=20_000)
    in_request = {p.sku for p in products}
    row = next(
        r
        for r in range(picker.results_model.rowCount())
        if picker.results_model.product(r).sale_multiple > 1 and picker.results_model.product(r).sku not in in_request
    )
    added = picker.results_model.product(row)
    picker.results.setCurrentIndex(picker.results_model.index(row, 0))
    assert picker.quantity.value() == added.sale_multiple
    qtbot.mouseClick(picker.add_button, LEFT)
    model = editor.ui.lines_model
    assert model.line(2).sku == added.sku and cell(model, 2, "change") == "Added"

    type_quantity(qtbot, editor, added.sku, added.sale_multiple + 1)
    assert cell(model, 2, "change") == f"Enter a quantity in multiples of {added.sale_multiple}."
    qtbot.mouseClick(editor.ui.save_button, LEFT)
    assert "marked in red" in editor.ui.message.text()
    type_quantity(qtbot, editor, added.sku, 2 * added.sale_multiple)
    with qtbot.waitSignal(editor.sig_saved, timeout=20_000):
        qtbot.mouseClick(editor.ui.save_button, LEFT)
    on_service = api_as(fresh_server, "marie.tremblay").approvals.get(sent.id)
    assert on_service.version == "2"
    assert {line.sku: line.quantity for line in on_service.lines}[added.sku] == 2 * added.sale_multiple
    assert "added" in editor.ui.history.model.data(editor.ui.history.model.index(1, 2))


def test_the_inbox_and_the_editor_speak_french_at_once(qtbot, make_ctx, fresh_server) -> None:
    sent, _products = luc_sends_his_cart(fresh_server)
    ctx = signed_in_ctx(make_ctx, fresh_server, "marie.tremblay")
    inbox = shown_once_loaded(qtbot, ApprovalInboxView(ctx), lambda view: view.model.rowCount() == 1)
    editor = open_from_inbox(qtbot, inbox, sent.id)
    with qtbot.waitSignal(ctx.i18n.sig_language_changed):
        ctx.i18n.set_language("fr")
    assert inbox.model.headerData(0, Qt.Orientation.Horizontal) == "Demandée par"
    assert cell(inbox.model, 0, "status") == "En attente"
    assert cell(inbox.model, 0, "total").endswith("\xa0$")  # fr_CA: 1 181,74 $
    qtbot.waitUntil(lambda: inbox.status_filter.currentText() == "En attente")  # LanguageChange is posted
    assert editor.ui.approve_button.text() == "&Approuver et passer la commande…"
    headers = [editor.ui.lines_model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers[2:6] == ["Quantité", "Unité", "Prix", "Montant"]
    assert editor.ui.header.values["status"].text() == "En attente"


def test_a_line_the_service_refuses_is_marked_on_its_row(qtbot, make_ctx, fresh_server) -> None:
    sent, products, editor = marie_opens_lucs_request(qtbot, make_ctx, fresh_server)
    first = products[0]
    type_quantity(qtbot, editor, first.sku, 3 * first.sale_multiple)
    # Meanwhile Lumen starts selling that product by bigger packs.
    with sqlite3.connect(fresh_server.database) as db:
        db.execute("UPDATE products SET sale_multiple = ? WHERE sku = ?", (4 * first.sale_multiple, first.sku))

    qtbot.mouseClick(editor.ui.save_button, LEFT)
    model = editor.ui.lines_model
    qtbot.waitUntil(lambda: model.error_of(0) != "", timeout=20_000)
    assert str(4 * first.sale_multiple) in cell(model, 0, "change")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == cell(model, 0, "change")
    assert model.error_of(1) == ""
    assert editor.ui.message.isVisibleTo(editor) and editor.ui.message.text()
    assert model.line(0).quantity == 3 * first.sale_multiple  # what she typed is still there
    assert api_as(fresh_server, "marie.tremblay").approvals.get(sent.id).version == "1"


def test_a_request_prints_without_prices_for_luc_and_with_its_total_for_marie(
    qtbot, make_ctx, fresh_server, tmp_path
) -> None:
    sent, products = luc_sends_his_cart(fresh_server)
    _flow, window, mine = open_section_as(qtbot, make_ctx(fresh_server), "luc.gagnon", "approvals", MyRequestsView)
    qtbot.waitUntil(lambda: mine.details.approval is not None, timeout=20_000)
    assert mine.details.print_button.isEnabled()
    write_pdf(mine.details.printable_document(), tmp_path / "luc.pdf")
    window.inbox.stop()

    editor = open_editor(qtbot, signed_in_ctx(make_ctx, fresh_server, "marie.tremblay"), sent.id)
    assert editor.ui.print_button.isEnabled()
    write_pdf(editor.ui.printable_document(), tmp_path / "marie.pdf")

    lucs, maries = pdf_text(tmp_path / "luc.pdf"), pdf_text(tmp_path / "marie.pdf")
    assert all(product.sku in lucs and product.sku in maries for product in products)
    assert "$" not in lucs and "Total" not in lucs
    assert "$" in maries and "Total" in maries


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_signing_out_with_unsaved_changes_in_a_request_asks_first_and_keeps_them(
    qtbot, make_ctx, fresh_server, memory_keyring
) -> None:
    ctx = make_ctx(fresh_server)
    flow, window, editor = marie_changes_lucs_request(qtbot, ctx, fresh_server)

    window.sign_out_action.trigger()
    # Still signed in, the typed quantity still there, and the editor asks what to do with it.
    assert flow.window is window and ctx.me is not None and ctx.client.is_signed_in
    assert editor.isVisible() and editor.draft.is_dirty
    box = editor.close_box
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(editor.finished, timeout=5_000):
        qtbot.mouseClick(box.button(box.StandardButton.Discard), LEFT)

    # "Close without saving" lets the sign-out carry on: no second try needed.
    assert flow.window is None and ctx.me is None
    assert flow.sign_in_dialog is not None and flow.sign_in_dialog.isVisible()


@pytest.mark.parametrize("how", ["close button", "Ctrl+Q", "SIGTERM"])
def test_quitting_with_unsaved_changes_in_a_request_asks_and_discard_quits(qtbot, make_ctx, fresh_server, how) -> None:
    flow, window, editor = marie_changes_lucs_request(qtbot, make_ctx(fresh_server), fresh_server)
    quits: list[bool] = []
    flow.sig_quitting.connect(lambda: quits.append(True))

    if how == "close button":
        window.close()
    elif how == "Ctrl+Q":
        assert window.quit_action.shortcut().toString() == "Ctrl+Q"
        window.quit_action.trigger()
    else:
        flow.request_quit()  # what the SIGTERM handler calls
    assert window.isVisible() and editor.isVisible() and editor.draft.is_dirty and quits == []
    box = editor.close_box
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(flow.sig_quitting, timeout=5_000):
        qtbot.mouseClick(box.button(box.StandardButton.Discard), LEFT)
    assert not window.isVisible() and not editor.isVisible() and quits == [True]


def test_keep_editing_on_quit_keeps_the_window_and_the_edits(qtbot, make_ctx, fresh_server) -> None:
    flow, window, editor = marie_changes_lucs_request(qtbot, make_ctx(fresh_server), fresh_server)
    quits: list[bool] = []
    flow.sig_quitting.connect(lambda: quits.append(True))

    window.quit_action.trigger()
    box = editor.close_box
    assert box is not None
    qtbot.mouseClick(box.button(box.StandardButton.Cancel), LEFT)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)
    assert window.isVisible() and editor.isVisible() and editor.draft.is_dirty and quits == []
    # Closing the editor later on does not quit behind the user's back.
    editor._discard_on_close = True
    editor.close()
    assert window.isVisible() and quits == []
    window.close()
    window.inbox.stop()
