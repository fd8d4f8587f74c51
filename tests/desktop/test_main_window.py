"""The main window after sign-in: sections by role, language switch, the connection banner, expired session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lumen_desktop import ops
from lumen_desktop.api import Tokens
from lumen_desktop.views.cart import CartView
from lumen_desktop.views.catalog import CatalogView
from lumen_desktop.views.orders.orders_view import OrdersView

from .helpers import click_sign_in, shown_page, sign_in_on_the_dialog, sign_in_through_the_app, sign_out

if TYPE_CHECKING:
    from PySide6.QtCore import Qt


def test_a_requester_has_my_requests_and_no_account_requests(qtbot, make_ctx, live_server, memory_keyring) -> None:
    _flow, window = sign_in_through_the_app(qtbot, make_ctx(live_server), "luc.gagnon")
    assert window.section_keys() == ["catalog", "cart", "templates", "approvals", "orders"]
    assert window.section_title("approvals") == "My requests"
    assert "Luc" in window.user_label.text() and "100234" in window.customer_label.text()


def test_staff_process_account_requests(qtbot, make_ctx, live_server, memory_keyring) -> None:
    _flow, window = sign_in_through_the_app(qtbot, make_ctx(live_server), "ecomm")
    assert "account_requests" in window.section_keys()
    assert window.section_title("account_requests") == "Account requests"
    assert "cart" not in window.section_keys()


def test_an_approver_has_the_approvals_inbox_with_its_badge(qtbot, make_ctx, live_server, memory_keyring) -> None:
    _flow, window = sign_in_through_the_app(qtbot, make_ctx(live_server), "marie.tremblay")
    assert "approvals" in window.section_keys() and "account_requests" not in window.section_keys()
    with qtbot.waitSignal(window.inbox.sig_summary, timeout=20_000) as polled:
        window.refresh_action.trigger()
    pending = polled.args[0].pending_for_me
    title = window.section_title("approvals")
    assert title == (f"Approvals ({pending})" if pending else "Approvals")


def test_switching_the_language_retranslates_the_window_at_once(qtbot, make_ctx, live_server, memory_keyring) -> None:
    ctx = make_ctx(live_server)
    _flow, window = sign_in_through_the_app(qtbot, ctx, "jean.dupuis")
    assert window.section_title("catalog") == "Catalog"
    with qtbot.waitSignal(ctx.i18n.sig_language_changed):
        window.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: window.section_title("catalog") == "Catalogue")
    assert window.section_title("templates") == "Modèles de commande"
    assert window.file_menu.title() == "&Fichier"
    assert window.connection_label.text() == "Connecté"
    assert window.language_box.currentData() == "fr"
    assert ctx.client.language == "fr" and ctx.settings.language == "fr"
    window.language_box.setCurrentIndex(window.language_box.findData("en"))
    qtbot.waitUntil(lambda: window.section_title("catalog") == "Catalog")


def test_the_banner_appears_when_the_service_stops_and_leaves_when_it_is_back(
    qtbot, make_ctx, live_server, memory_keyring
) -> None:
    ctx = make_ctx(live_server)
    _flow, window = sign_in_through_the_app(qtbot, ctx, "marie.tremblay")
    qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=20_000)
    assert not window.banner.isVisible()
    page_top = window.stack.mapTo(window, window.stack.rect().topLeft())
    live_server.stop()
    try:
        window.refresh_action.trigger()  # F5: polls the inbox, which gets no answer
        qtbot.waitUntil(window.banner.isVisible, timeout=20_000)
        assert "can't be reached" in window.banner.message.text()
        assert window.connection_label.text() == "Offline"
        # It floats over the page: nothing the user was about to click has moved.
        assert window.stack.mapTo(window, window.stack.rect().topLeft()) == page_top
        assert window.stack.rect().contains(window.banner.geometry())
    finally:
        live_server.start()
    qtbot.mouseClick(window.banner.retry_button, _left())
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=20_000)
    assert window.connection_label.text() == "Connected"


def test_an_expired_session_asks_to_sign_in_again_and_carries_on(qtbot, make_ctx, live_server, memory_keyring) -> None:
    ctx = make_ctx(live_server)
    flow, window = sign_in_through_the_app(qtbot, ctx, "marie.tremblay")
    window.select_section("orders")
    ctx.client.set_tokens(Tokens(access_token="expired", refresh_token="revoked", expires_in=900))
    window.refresh_action.trigger()
    qtbot.waitUntil(lambda: flow.reauth_dialog is not None and flow.reauth_dialog.isVisible(), timeout=20_000)
    dialog = flow.reauth_dialog
    assert dialog is not None
    assert dialog.username.text() == "marie.tremblay" and dialog.username.isReadOnly()
    qtbot.keyClicks(dialog.password, "demo-marie.tremblay")
    with qtbot.waitSignal(ctx.sig_me_changed, timeout=20_000):
        click_sign_in(qtbot, dialog)
    assert flow.window is window and window.isVisible()
    assert window.current_section_key() == "orders"
    assert ctx.client.is_signed_in


def _left() -> Qt.MouseButton:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_signing_out_returns_to_the_sign_in_dialog(qtbot, make_ctx, live_server, memory_keyring) -> None:
    ctx = make_ctx(live_server)
    flow, window = sign_in_through_the_app(qtbot, ctx, "jean.dupuis")
    first_dialog = flow.sign_in_dialog
    window.sign_out_action.trigger()
    assert flow.window is None and ctx.me is None and not ctx.client.is_signed_in
    assert flow.sign_in_dialog is not None
    assert flow.sign_in_dialog is not first_dialog and flow.sign_in_dialog.isVisible()
    assert flow.sign_in_dialog.username.text() == "jean.dupuis"


def test_switching_the_language_after_signing_out_and_in_again_reaches_only_the_new_window(
    qtbot, make_ctx, live_server, memory_keyring
) -> None:
    ctx = make_ctx(live_server)
    flow, staff_window = sign_in_through_the_app(qtbot, ctx, "ecomm")
    assert staff_window.current_section_key() == "account_requests"  # its queue model listens to the language
    sign_out(qtbot, staff_window)
    approver_window = sign_in_on_the_dialog(qtbot, flow, "marie.tremblay")
    approver_window.select_section("templates")  # its list model listens to the language too
    sign_out(qtbot, approver_window)
    window = sign_in_on_the_dialog(qtbot, flow, "jean.dupuis")
    # The closed windows' tray, banner and list models are gone: only the new window answers the switch.
    with qtbot.waitSignal(ctx.i18n.sig_language_changed):
        window.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: window.section_title("catalog") == "Catalogue")
    assert window.banner.retry_button.text() == "Réessayer maintenant"
    ctx.connection.sig_countdown.emit(3)


def test_the_sections_are_built_while_the_window_waits_and_open_with_their_content(
    qtbot, make_ctx, live_server, memory_keyring
) -> None:
    ctx = make_ctx(live_server)
    _flow, window = sign_in_through_the_app(qtbot, ctx, "jean.dupuis")
    shown_first = window.current_section_key()
    qtbot.waitUntil(lambda: window.warm_up is not None and window.warm_up.done, timeout=60_000)
    assert window.warm_up is not None and window.warm_up.failed == []
    # Every section's page is in the window, hidden, laid out at the size it will be shown at.
    pages = {key: window.built_page(key) for key in window.section_keys()}
    assert all(page is not None for page in pages.values()), pages
    for key, page in pages.items():
        assert page is not None
        assert page.isVisible() == (key == shown_first)
        assert page.size() == window.stack.contentsRect().size(), key
    # Opening a section shows that page, with what the service holds.
    qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=60_000)
    window.select_section("orders")
    assert window.current_page() is pages["orders"]
    orders = shown_page(window, OrdersView).model
    assert orders.rowCount() == len(ctx.client.orders.list().items)
    window.select_section("cart")
    assert window.current_page() is pages["cart"]
    assert shown_page(window, CartView).model.rowCount() == len(ctx.client.cart.get().lines)
    window.select_section("catalog")
    assert window.current_page() is pages["catalog"] and shown_page(window, CatalogView).results.rowCount() > 0
