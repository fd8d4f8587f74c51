"""Two-tier approval in the request editor: over customer 100234's 5 000 $ rule, marie's approval passes luc's
request on to jean (her editor says so and stops offering to decide); jean's approval places it; the history
shows both tiers."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialogButtonBox

from .approval_steps import LEFT, open_editor
from .helpers import api_as, signed_in_ctx


def big_request_of_luc(server) -> str:
    jean = api_as(server, "jean.dupuis")
    product = next(p for p in jean.catalog.search(q="THHN", page_size=20).items if p.price is not None)
    assert product.price is not None
    per_item = product.price / product.price_unit * product.sale_multiple
    multiples = int(Decimal(6000) / per_item) + 1
    luc = api_as(server, "luc.gagnon")
    luc.cart.add_lines([{"sku": product.sku, "quantity": product.sale_multiple * multiples}])
    return luc.cart.submit_for_approval("Gros chantier").id


def approve_in(qtbot, editor) -> None:
    qtbot.mouseClick(editor.ui.approve_button, LEFT)
    dialog = editor.approve_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def history_texts(editor) -> list[tuple[str, str]]:
    model = editor.ui.history.model
    who, what = model.column_of("who"), model.column_of("what")
    return [(model.index(row, who).data(), model.index(row, what).data()) for row in range(model.rowCount())]


def test_marie_passes_a_big_request_on_to_jean_who_places_it(qtbot, make_ctx, fresh_server) -> None:
    request_id = big_request_of_luc(fresh_server)

    marie = open_editor(qtbot, signed_in_ctx(make_ctx, fresh_server, "marie.tremblay"), request_id)
    approve_in(qtbot, marie)
    qtbot.waitUntil(lambda: "Jean Dupuis" in marie.ui.outcome.text(), timeout=20_000)
    assert marie.ui.outcome.text() == "Approved (1 of 2); sent on to Jean Dupuis for the second approval."
    qtbot.waitUntil(lambda: marie.approval is not None and marie.approval.version == "2", timeout=20_000)
    assert not marie.ui.approve_button.isEnabled() and not marie.ui.reject_button.isEnabled()
    assert history_texts(marie)[-1] == ("Marie Tremblay", "Approved (1 of 2); sent on to Jean Dupuis")

    jean = open_editor(qtbot, signed_in_ctx(make_ctx, fresh_server, "jean.dupuis"), request_id)
    assert jean.ui.approve_button.isEnabled()
    with qtbot.waitSignal(jean.sig_approved, timeout=20_000) as placed:
        approve_in(qtbot, jean)
    order = placed.args[0]
    qtbot.waitUntil(lambda: jean.approval is not None and jean.approval.status == "approved", timeout=20_000)
    assert history_texts(jean) == [
        ("Luc Gagnon", "Sent for approval (1 line)"),
        ("Marie Tremblay", "Approved (1 of 2); sent on to Jean Dupuis"),
        ("Jean Dupuis", f"Approved (2 of 2): order {order.number}"),
    ]
