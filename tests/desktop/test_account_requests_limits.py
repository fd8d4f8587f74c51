"""The account request form's third permission, "Place orders up to an amount": the amount is required, checked
next to its field, sent, and the staff queue shows it."""

from __future__ import annotations

from lumen_desktop.views.accounts.account_requests_view import AccountRequestsView

from .helpers import signed_in_ctx
from .test_account_requests import fill, open_form_from_sign_in, send


def test_the_amount_is_asked_for_checked_next_to_its_field_and_shown_to_staff(qtbot, make_ctx, fresh_server) -> None:
    dialog = open_form_from_sign_in(qtbot, make_ctx(fresh_server))
    assert not dialog.inputs["order_limit"].isEnabled()  # "Place orders" takes no amount
    dialog.permission.setCurrentIndex(dialog.permission.findData("place_orders_up_to"))
    assert dialog.inputs["order_limit"].isEnabled() and dialog.inputs["approver_email"].isEnabled()
    fill(
        qtbot,
        dialog,
        customer_number="100234",
        first_name="Nadia",
        last_name="Lavoie",
        email="nadia.lavoie@example.com",
        approver_email="marie.tremblay@example.com",
    )
    send(qtbot, dialog)
    assert dialog.flagged_fields() == ["order_limit"]
    assert dialog.errors["order_limit"].text() == "Enter the amount up to which you may place orders."

    for typed, problem in (
        ("deux mille", "Enter an amount in dollars, like $2,500.00."),
        ("12.345", "Enter an amount in dollars, like $2,500.00."),
        ("0", "Enter an amount greater than zero."),
        ("20000000", "Enter an amount of at most $10,000,000.00."),
    ):
        fill(qtbot, dialog, order_limit=typed)
        send(qtbot, dialog)
        assert dialog.flagged_fields() == ["order_limit"]
        assert dialog.errors["order_limit"].text() == problem
        assert dialog.pages.currentWidget() is dialog.form_page

    fill(qtbot, dialog, order_limit="$2,500")
    with qtbot.waitSignal(dialog.sig_submitted, timeout=20_000):
        send(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.done_page

    staff = AccountRequestsView(signed_in_ctx(make_ctx, fresh_server, "ecomm"))
    qtbot.addWidget(staff)
    qtbot.waitUntil(lambda: any(r.email == "nadia.lavoie@example.com" for r in staff.model.requests()), timeout=20_000)
    row = next(i for i, r in enumerate(staff.model.requests()) if r.email == "nadia.lavoie@example.com")
    permission = staff.model.index(row, staff.model.column_of("permission")).data()
    assert permission == "Place orders up to $2,500.00"
