"""Talk on a request and merged requests, as the people who use them: sophie asks marie something in My requests,
marie reads it in her editor and answers (Ctrl+Enter sends, Enter makes a new line); marie selects two pending
requests in her inbox and places them as one order."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from lumen_desktop.views.approvals import ApprovalInboxView, MyRequestsView

from .approval_steps import LEFT, cell, luc_sends_his_cart, marie_opens_lucs_request, open_editor, some_products
from .helpers import api_as, open_section_as, signed_in_ctx


def sophie_sends_her_cart(server, query: str = "THHN"):
    sophie = api_as(server, "sophie.roy")
    products = some_products(sophie, query=query, count=2)
    sophie.cart.add_lines([{"sku": p.sku, "quantity": p.sale_multiple} for p in products])
    approval = sophie.cart.submit_for_approval("Tour B")
    sophie.close()
    return approval, products


def test_sophie_asks_marie_reads_it_in_her_editor_and_answers(qtbot, make_ctx, fresh_server, memory_keyring) -> None:
    sent, _products = sophie_sends_her_cart(fresh_server)
    _flow, window, mine = open_section_as(qtbot, make_ctx(fresh_server), "sophie.roy", "approvals", MyRequestsView)
    thread = mine.details.comments
    qtbot.waitUntil(lambda: thread.current is not None, timeout=20_000)
    assert thread.box.isVisible() and not thread.send_button.isEnabled()  # nothing typed yet

    thread.box.setFocus()
    qtbot.keyClicks(thread.box, "Could it leave Friday?")
    qtbot.keyClick(thread.box, Qt.Key.Key_Return)  # Enter: a new line, nothing sent
    qtbot.keyClicks(thread.box, "The crew starts Monday.")
    assert thread.box.toPlainText() == "Could it leave Friday?\nThe crew starts Monday."
    with qtbot.waitSignal(thread.sig_sent, timeout=20_000):
        qtbot.keyClick(thread.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: thread.current is not None and len(thread.current.items) == 1, timeout=20_000)
    assert thread.box.toPlainText() == ""
    assert "Could it leave Friday?" in thread.view.toPlainText() and "You" in thread.view.toPlainText()
    window.inbox.stop()

    marie = open_editor(qtbot, signed_in_ctx(make_ctx, fresh_server, "marie.tremblay"), sent.id)
    answer = marie.ui.comments
    qtbot.waitUntil(lambda: answer.current is not None and len(answer.current.items) == 1, timeout=20_000)
    shown = answer.view.toPlainText()
    assert "Sophie Roy" in shown and "The crew starts Monday." in shown
    history = marie.ui.history.model
    assert "Comment: Could it leave Friday?" in [cell(history, row, "what") for row in range(history.rowCount())]

    qtbot.keyClicks(answer.box, "Yes, Friday morning.")
    with qtbot.waitSignal(answer.sig_sent, timeout=20_000):
        qtbot.mouseClick(answer.send_button, LEFT)
    qtbot.waitUntil(lambda: answer.current is not None and len(answer.current.items) == 2, timeout=20_000)
    lines = answer.view.toPlainText().splitlines()
    assert lines.index("Yes, Friday morning.") > lines.index("The crew starts Monday.")  # newest at the bottom
    assert not marie.draft.is_dirty  # talking changed nothing of the request

    thread.reload()
    qtbot.waitUntil(lambda: thread.current is not None and len(thread.current.items) == 2, timeout=20_000)
    assert "Marie Tremblay" in thread.view.toPlainText()
    marie._discard_on_close = True
    marie.close()


def test_a_refused_comment_keeps_its_text_and_a_decided_request_closes_the_thread(
    qtbot, make_ctx, fresh_server
) -> None:
    sent, _products, editor = marie_opens_lucs_request(qtbot, make_ctx, fresh_server)
    thread = editor.ui.comments
    qtbot.waitUntil(lambda: thread.current is not None, timeout=20_000)
    thread.box.setPlainText("x" * 1001)
    qtbot.mouseClick(thread.send_button, LEFT)
    assert thread.error.text() == "A comment holds at most 1,000 characters; this one has 1,001."
    assert thread.box.toPlainText() == "x" * 1001

    api_as(fresh_server, "marie.tremblay").approvals.reject(sent.id, "Not this month")
    thread.box.setPlainText("Sorry")
    with qtbot.waitSignal(thread.sig_loaded, timeout=20_000):
        qtbot.mouseClick(thread.send_button, LEFT)
    assert thread.box.toPlainText() == "Sorry"
    assert "already been approved or rejected" in thread.error.text()
    assert thread.closed.isVisible() and not thread.box.isVisible()
    editor.close()


def test_marie_selects_two_pending_requests_and_places_them_as_one_order(
    qtbot, make_ctx, fresh_server, memory_keyring
) -> None:
    lucs, luc_products = luc_sends_his_cart(fresh_server)
    sophies, sophie_products = sophie_sends_her_cart(fresh_server)
    _flow, window, inbox = open_section_as(
        qtbot, make_ctx(fresh_server), "marie.tremblay", "approvals", ApprovalInboxView
    )
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2, timeout=20_000)
    assert not inbox.merge.button.isEnabled()

    selection = inbox.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    inbox.table.clearSelection()
    for row in range(2):
        selection.select(inbox.model.index(row, 0), flags)
    assert inbox.merge.button.isEnabled()
    qtbot.mouseClick(inbox.merge.button, LEFT)
    dialog = inbox.merge.dialog
    assert dialog is not None and dialog.windowTitle() == "Place as one order"
    assert dialog.intro.text().startswith("2 requests become one order")
    dialog.po_number.setText("PO-MERGED")
    with qtbot.waitSignal(inbox.merge.sig_placed, timeout=20_000) as placed:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    order = placed.args[0]

    assert inbox.merge.outcome.text() == f"2 requests placed as order {order.number}."
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0, timeout=20_000)  # no longer pending: out of the list
    expected: dict[str, int] = {}
    for product, quantity in [(p, 2 * p.sale_multiple) for p in luc_products] + [
        (p, p.sale_multiple) for p in sophie_products
    ]:
        expected[product.sku] = expected.get(product.sku, 0) + quantity
    placed_order = api_as(fresh_server, "marie.tremblay").orders.get(order.number)
    assert {line.sku: line.quantity for line in placed_order.lines} == expected
    assert placed_order.po_number == "PO-MERGED"
    for who, request in (("luc.gagnon", lucs), ("sophie.roy", sophies)):
        mine = api_as(fresh_server, who).approvals.get(request.id)
        assert (mine.status, mine.order_number) == ("approved", order.number)
    window.inbox.stop()
