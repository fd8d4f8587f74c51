"""Enter never presses a button behind the user's back: in the approver's editor, Enter in the catalog search
searches (it used to press "Remove line"), and no dialog the app opens has a silent default button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from lumen_desktop.views.approvals import ApprovalInboxView
from lumen_desktop.views.cart import CartView
from lumen_desktop.views.templates.templates_view import TemplatesView
from lumen_desktop.widgets.default_buttons import holds_text_fields, is_intended_default, is_ours

from .approval_steps import luc_sends_his_cart, open_from_inbox, type_quantity
from .helpers import open_section_as, shown_page


def silent_defaults(dialog: QDialog) -> list[str]:
    """The buttons Enter could press in ``dialog`` without being meant to."""
    return [
        f"{type(dialog).__name__}: {button.text()!r}"
        for button in dialog.findChildren(QPushButton)
        if button.autoDefault() or (button.isDefault() and not is_intended_default(button))
    ]


def open_dialogs_with_text() -> list[QDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and is_ours(w) and holds_text_fields(w)
    ]


def test_enter_in_the_editors_catalog_search_searches_and_removes_nothing(
    qtbot, make_ctx, fresh_server, memory_keyring
) -> None:
    sent, products = luc_sends_his_cart(fresh_server)
    _flow, _window, inbox = open_section_as(
        qtbot, make_ctx(fresh_server), "marie.tremblay", "approvals", ApprovalInboxView
    )
    editor = open_from_inbox(qtbot, inbox, sent.id)
    type_quantity(qtbot, editor, products[0].sku, 3 * products[0].sale_multiple)  # the line just edited

    picker = editor.ui.picker
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "octogonale")
    with qtbot.waitSignal(picker.results_model.sig_loaded, timeout=20_000):
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.results_model.query == "octogonale" and picker.results_model.rowCount() > 0
    model = editor.ui.lines_model
    assert not any(model.line(row).removed for row in range(model.rowCount()))
    edited = editor.draft.row_of(products[0].sku)
    assert edited is not None and model.line(edited).quantity == 3 * products[0].sale_multiple
    assert silent_defaults(editor) == []
    editor._discard_on_close = True
    editor.close()


def test_no_dialog_the_app_opens_has_a_silent_default_button(qtbot, make_ctx, fresh_server, memory_keyring) -> None:
    sent, _products = luc_sends_his_cart(fresh_server)
    found: list[str] = []
    checked: list[str] = []

    def check() -> None:
        for dialog in open_dialogs_with_text():
            checked.append(type(dialog).__name__)
            found.extend(silent_defaults(dialog))

    # Marie: the request editor and the dialogs it opens, the cart's dialogs, a new template.
    _flow, window, inbox = open_section_as(
        qtbot, make_ctx(fresh_server), "marie.tremblay", "approvals", ApprovalInboxView
    )
    editor = open_from_inbox(qtbot, inbox, sent.id)
    check()
    for open_dialog in (editor.open_approve, editor.open_reject):
        open_dialog()
        check()
        for dialog in open_dialogs_with_text():
            if dialog is not editor:
                dialog.reject()
    editor.close()
    window.select_section("cart")
    cart = shown_page(window, CartView)
    ctx = cart._ctx
    ctx.client.cart.add_lines([{"sku": _products[0].sku, "quantity": _products[0].sale_multiple}])
    cart.refresh()
    qtbot.waitUntil(lambda: cart.model.rowCount() > 0, timeout=20_000)  # F5 after a change made elsewhere
    for opener in (cart.open_place_order, cart.open_save_template, cart.open_import):
        dialog = opener()
        qtbot.waitUntil(dialog.isVisible)
        check()
        dialog.reject()
    window.select_section("templates")
    templates = shown_page(window, TemplatesView)
    templates.new_from_cart()
    qtbot.waitUntil(lambda: templates.new_dialog is not None and templates.new_dialog.isVisible())
    check()
    assert templates.new_dialog is not None
    templates.new_dialog.reject()

    assert {"RequestEditor", "ApproveDialog", "RejectDialog", "PlaceOrderDialog", "NewTemplateDialog"} <= set(checked)
    assert found == []


def test_a_simple_dialogs_ok_is_the_one_intended_default(qtbot, make_ctx, fresh_server) -> None:
    from lumen_desktop.app import LumenApp

    flow = LumenApp(make_ctx(fresh_server), quit_when_cancelled=False)
    flow.start(silent=False)
    dialog = flow.sign_in_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert len(defaults) == 1 and is_intended_default(defaults[0]) and silent_defaults(dialog) == []
    dialog.close()
