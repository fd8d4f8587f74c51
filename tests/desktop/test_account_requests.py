"""Requesting an account from the sign-in dialog, and Lumen's staff processing the request."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lumen_desktop.app import LumenApp
from lumen_desktop.models.account_request_queue_model import OVERDUE_ROLE
from lumen_desktop.sections import sections_for
from lumen_desktop.views.accounts.account_requests_view import AccountRequestsView
from lumen_desktop.views.accounts.request_account import RequestAccountDialog

from .helpers import section_page, signed_in_ctx


def open_form_from_sign_in(qtbot, ctx) -> RequestAccountDialog:
    flow = LumenApp(ctx, quit_when_cancelled=False)
    flow.start(silent=False)
    sign_in = flow.sign_in_dialog
    assert sign_in is not None
    qtbot.addWidget(sign_in)
    sign_in.request_link.linkActivated.emit("#request-account")
    dialog = flow.request_account_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill(qtbot, dialog: RequestAccountDialog, **values: str) -> None:
    for name, text in values.items():
        dialog.inputs[name].clear()
        qtbot.keyClicks(dialog.inputs[name], text)


def send(qtbot, dialog: RequestAccountDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_required_fields_are_flagged_before_anything_is_sent(qtbot, make_ctx, live_server) -> None:
    dialog = open_form_from_sign_in(qtbot, make_ctx(live_server))
    assert not dialog.inputs["approver_email"].isEnabled()  # "Place orders" needs no approver
    dialog.permission.setCurrentIndex(dialog.permission.findData("order_for_approval"))
    assert dialog.inputs["approver_email"].isEnabled()
    fill(qtbot, dialog, first_name="Nadia")
    send(qtbot, dialog)
    assert set(dialog.flagged_fields()) == {"customer_number", "last_name", "email", "approver_email"}
    assert dialog.errors["approver_email"].text() == "Enter the e-mail of the person who approves your orders."


def test_a_wrong_customer_number_is_shown_under_the_customer_number(qtbot, make_ctx, live_server) -> None:
    dialog = open_form_from_sign_in(qtbot, make_ctx(live_server))
    fill(qtbot, dialog, customer_number="999999", first_name="Nadia", last_name="Roy", email="nadia.roy@example.com")
    send(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.flagged_fields() != [], timeout=20_000)
    assert dialog.flagged_fields() == ["customer_number"]
    assert dialog.errors["customer_number"].text()  # the service's own words
    assert dialog.pages.currentWidget() is dialog.form_page
    assert dialog.inputs["first_name"].text() == "Nadia"  # nothing typed is lost


def test_a_request_is_confirmed_then_approved_by_staff_and_the_credentials_are_emailed(
    qtbot, make_ctx, fresh_server
) -> None:
    dialog = open_form_from_sign_in(qtbot, make_ctx(fresh_server))
    fill(qtbot, dialog, customer_number="100234", first_name="Nadia", last_name="Cote", email="nadia.cote@example.com")
    dialog.permission.setCurrentIndex(dialog.permission.findData("order_for_approval"))
    dialog.can_see_prices.setCurrentIndex(dialog.can_see_prices.findData(False))
    fill(qtbot, dialog, approver_email="marie.tremblay@example.com")
    with qtbot.waitSignal(dialog.sig_submitted, timeout=20_000):
        send(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.done_page
    assert dialog.confirmation.text() == (
        "Your request was sent. Lumen's e-commerce team will create your account within 72 hours and e-mail "
        "your username and password to nadia.cote@example.com."
    )

    staff = AccountRequestsView(signed_in_ctx(make_ctx, fresh_server, "ecomm"))
    qtbot.addWidget(staff)
    qtbot.waitUntil(lambda: any(r.email == "nadia.cote@example.com" for r in staff.model.requests()), timeout=20_000)
    row = next(i for i, r in enumerate(staff.model.requests()) if r.email == "nadia.cote@example.com")
    cells = [staff.model.index(row, column).data() for column in range(staff.model.columnCount())]
    assert cells[:7] == [
        "100234 — Électricité Gagnon inc.",
        "Nadia Cote",
        "nadia.cote@example.com",
        "Order for approval",
        "No",
        "marie.tremblay@example.com",
        "Web",
    ]
    assert cells[8] == "0 h of 72 h"
    assert staff.model.index(row, 0).data(OVERDUE_ROLE) is False

    staff.select_email("nadia.cote@example.com")
    qtbot.mouseClick(staff.approve_button, Qt.MouseButton.LeftButton)
    box = staff.confirm_box  # creating an account cannot be taken back: asked first
    assert box is not None and box.isVisible() and "nadia.cote@example.com" in box.text()
    yes = next(b for b in box.buttons() if b.text() == "Create the account")
    with qtbot.waitSignal(staff.sig_approved, timeout=20_000) as approved:
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    username = approved.args[1]
    assert username and f"username {username}" in staff.result.text()
    assert "Password" not in staff.result.text().split(".")[0]  # the password is never shown
    assert all(r.email != "nadia.cote@example.com" for r in staff.model.pending_requests())
    # Still listed, greyed, saying what became of it, and nothing more can be done with it.
    row = next(i for i, r in enumerate(staff.model.requests()) if r.email == "nadia.cote@example.com")
    assert staff.model.index(row, staff.model.column_of("waited")).data() == f"Approved — username {username}"
    assert staff.model.flags(staff.model.index(row, 0)) == Qt.ItemFlag.NoItemFlags

    qtbot.waitUntil(lambda: _credentials_mail(fresh_server.outbox_dir) is not None, timeout=20_000)
    body = _credentials_mail(fresh_server.outbox_dir)
    assert body is not None and username in body
    assert any(
        line.startswith(("Password:", "Mot de passe :")) and len(line.split(":", 1)[1].strip()) >= 8
        for line in body.splitlines()
    )


def _credentials_mail(outbox) -> str | None:
    for path in sorted(outbox.glob("*.eml")):
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        if "nadia.cote@example.com" in str(message["To"]):
            body = message.get_body(preferencelist=("plain",))
            text = body.get_content() if body is not None else ""
            if "Password" in text or "Mot de passe" in text:
                return text
    return None


def test_staff_get_the_queue_as_their_account_requests_section(qtbot, make_ctx, live_server) -> None:
    ctx = signed_in_ctx(make_ctx, live_server, "ecomm")
    assert ctx.me is not None
    assert [section.key for section in sections_for(ctx.me)] == ["account_requests"]
    page = section_page(qtbot, ctx, "account_requests", AccountRequestsView)
    qtbot.waitUntil(lambda: page.summary.text().endswith("waiting."), timeout=20_000)


def test_rejecting_needs_a_reason(qtbot, make_ctx, fresh_server) -> None:
    ctx = make_ctx(fresh_server)
    ctx.client.account_requests.submit(
        "100234", "Yves", "Lavoie", "yves.lavoie@example.com", "fr", "place_orders", True, channel="cmeq"
    )
    staff = AccountRequestsView(signed_in_ctx(make_ctx, fresh_server, "ecomm"))
    qtbot.addWidget(staff)
    qtbot.waitUntil(lambda: any(r.email == "yves.lavoie@example.com" for r in staff.model.requests()), timeout=20_000)
    staff.select_email("yves.lavoie@example.com")
    qtbot.mouseClick(staff.reject_button, Qt.MouseButton.LeftButton)
    reject = staff.reject_dialog
    assert reject is not None
    ok = reject.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Reject request" and not ok.isEnabled()  # nothing to send yet
    qtbot.keyClicks(reject.reason, "   ")
    assert not ok.isEnabled()
    qtbot.keyClicks(reject.reason, "Unknown to the customer's manager.")
    assert ok.isEnabled()
    with qtbot.waitSignal(reject.sig_rejected, timeout=20_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert all(r.email != "yves.lavoie@example.com" for r in staff.model.pending_requests())
    assert "was rejected" in staff.result.text()


def test_staff_read_the_chosen_request_whole_under_the_queue(qtbot, make_ctx, fresh_server) -> None:
    email = "genevieve.archambault-desrosiers@electricite-gagnon-montreal.example.com"
    make_ctx(fresh_server).client.account_requests.submit(
        "100234", "Geneviève", "Archambault", email, "fr", "order_for_approval", False,
        approver_email="marie.tremblay@example.com", channel="acceo",
    )  # fmt: skip
    staff = AccountRequestsView(signed_in_ctx(make_ctx, fresh_server, "ecomm"))
    qtbot.addWidget(staff)
    staff.resize(1100, 720)
    staff.show()
    qtbot.waitUntil(lambda: any(r.email == email for r in staff.model.requests()), timeout=20_000)
    summary = staff.details
    assert summary.hint.isVisible() and summary.hint.text() == "Choose a request to see all its details."
    assert not summary.values.isVisible()
    layout = staff.layout()
    assert layout is not None
    layout.activate()
    queue_height = staff.table.height()

    staff.select_email(email)
    assert not summary.hint.isVisible() and summary.values.isVisible()
    layout.activate()
    assert staff.table.height() == queue_height  # the queue does not jump when a request is chosen
    values, captions = summary.rows.values, summary.rows.captions
    assert captions["email"].text() == "E-mail" and values["email"].text() == email
    column = staff.model.column_of("email")
    assert staff.table.columnWidth(column) < staff.table.fontMetrics().horizontalAdvance(email)  # cut in the table
    assert values["customer"].text() == "100234 — Électricité Gagnon inc."
    assert values["permission"].text() == "Order for approval"
    assert values["approver"].text() == "marie.tremblay@example.com"
    assert values["channel"].text() == "ACCEO"
    assert values["waited"].text() == "0 h of 72 h"

    staff.table.clearSelection()
    assert summary.hint.isVisible() and not summary.values.isVisible()


def test_the_form_speaks_french_and_so_does_the_service(qtbot, make_ctx, live_server) -> None:
    dialog = open_form_from_sign_in(qtbot, make_ctx(live_server, language="fr"))
    assert dialog.windowTitle() == "Demander un compte"
    assert dialog.permission.itemText(1) == "Commander pour approbation"
    fill(qtbot, dialog, customer_number="999999", first_name="Nadia", last_name="Roy", email="nadia.roy@example.com")
    send(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.flagged_fields() != [], timeout=20_000)
    assert dialog.flagged_fields() == ["customer_number"]
    assert "client" in dialog.errors["customer_number"].text().lower()
