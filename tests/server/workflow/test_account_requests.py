"""Account requests: the public form refuses what it must with a named reason; staff approve (the account is
created and its credentials e-mailed, never answered) or reject (the reason e-mailed)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from lumen_server.account_requests.models import AccountRequest
from lumen_server.auth.models import User
from lumen_server.core.db import utcnow
from tests.server.workflow.support import body_of, credentials_in, mail_to
from tests.server.workflow.support import submit_account_request as submit


def test_anyone_may_ask_for_an_account_and_is_promised_an_answer_within_72_hours(api):
    response = submit(api)

    assert response.status_code == 201, response.text
    created = response.json()
    assert created["status"] == "pending"
    promised = datetime.fromisoformat(created["promised_by"]) - datetime.fromisoformat(created["created_at"])
    assert promised == timedelta(hours=72)


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"customer_number": "999999"}, "unknown_customer", "customer_number"),
        ({"customer_number": "300777"}, "inactive_customer", "customer_number"),
        ({"approver_email": None}, "approver_required", "approver_email"),
        ({"approver_email": "nobody@example.com"}, "invalid_approver", "approver_email"),
        ({"approver_email": "luc.gagnon@example.com"}, "invalid_approver", "approver_email"),  # cannot place orders
        ({"approver_email": "paul.bergeron@example.com"}, "invalid_approver", "approver_email"),  # other customer
        ({"approver_email": "ecomm@lumen.ca"}, "invalid_approver", "approver_email"),
        ({"email": "jean.dupuis@example.com"}, "email_taken", "email"),
        ({"email": "JEAN.DUPUIS@example.com"}, "email_taken", "email"),
        ({"email": "not-an-address"}, "invalid_email", "email"),
        ({"approver_email": "marie@"}, "invalid_email", "approver_email"),
        ({"first_name": "   "}, "name_required", "first_name"),
        ({"language": "de"}, "invalid_choice", "language"),
        ({"channel": "fax"}, "invalid_choice", "channel"),
        ({"can_see_prices": "yes"}, "invalid_boolean", "can_see_prices"),
        ({"last_name": "x" * 81}, "too_long", "last_name"),
        ({"password": "x"}, "unknown_field", "password"),
    ],
)
def test_the_form_refuses_with_a_named_reason(api, changes, code, field):
    response = submit(api, **changes)

    assert response.status_code == 422, response.text
    assert (response.json()["error"]["code"], response.json()["error"]["field"]) == (code, field)


def test_a_second_request_for_the_same_address_waits_for_the_first(api):
    assert submit(api).status_code == 201

    again = submit(api, email="Sylvie.Cote@example.com")

    assert again.status_code == 422
    assert (again.json()["error"]["code"], again.json()["error"]["field"]) == ("request_pending", "email")


def test_a_buyer_needs_no_approver(api):
    response = submit(api, permission="place_orders", approver_email=None)

    assert response.status_code == 201


def test_only_staff_see_and_process_requests(api, sign_in):
    request_id = submit(api).json()["id"]
    marie = sign_in("marie.tremblay")

    for response in (
        marie.get("/account-requests"),
        marie.post(f"/account-requests/{request_id}/approve"),
        marie.post(f"/account-requests/{request_id}/reject", json={"reason": "Non"}),
    ):
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "staff_only"
    assert api.get("/api/v1/account-requests").status_code == 401


def test_staff_see_the_queue_oldest_first_with_the_wait_against_the_promise(api, sign_in, database):
    late = submit(api).json()["id"]
    recent = submit(api, email="alex.martin@example.com", first_name="Alex", last_name="Martin").json()["id"]
    with database.session() as session:
        session.execute(
            update(AccountRequest).where(AccountRequest.id == late).values(created_at=utcnow() - timedelta(hours=80))
        )

    queue = sign_in("ecomm").get("/account-requests", params={"status": "pending"}).json()["items"]

    assert [item["id"] for item in queue] == [late, recent]
    oldest = queue[0]
    assert (oldest["customer_number"], oldest["customer_name"]) == ("100234", "Électricité Gagnon inc.")
    assert (oldest["first_name"], oldest["last_name"], oldest["email"]) == ("Sylvie", "Côté", "sylvie.cote@example.com")
    assert (oldest["permission"], oldest["can_see_prices"], oldest["channel"]) == ("order_for_approval", False, "web")
    assert oldest["approver_email"] == "marie.tremblay@example.com"
    assert (oldest["waited_hours"], oldest["overdue"]) == (80, True)
    assert (queue[1]["waited_hours"], queue[1]["overdue"]) == (0, False)


def test_approving_creates_the_account_and_emails_the_credentials_in_french(api, sign_in, database, sent_mail):
    request_id = submit(api).json()["id"]

    response = sign_in("ecomm").post(f"/account-requests/{request_id}/approve")

    assert response.status_code == 200, response.text
    assert response.json() == {"username": "sylvie.cote"}  # the username only, never the password
    acknowledgement, mail = mail_to(sent_mail(), "sylvie.cote@example.com")
    assert acknowledgement["Subject"] == "Nous avons reçu votre demande de compte Lumen.ca"
    assert "ecommerce@lumen.ca" in mail["From"]
    assert mail["Subject"] == "Votre compte Lumen.ca"
    text = body_of(mail)
    assert "\nNom d'utilisateur : sylvie.cote\n" in text
    username, password = credentials_in(mail)
    assert f"\nMot de passe : {password}\n" in text
    with database.session() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        assert (user.must_change_password, user.can_place_orders, user.can_see_prices) == (True, False, False)
        assert (user.language, user.approver.username, user.customer.number) == ("fr", "marie.tremblay", "100234")
    # The password works, once: it must be changed before anything else.
    new_user = sign_in(username, password)
    assert new_user.get("/cart").json()["error"]["code"] == "password_change_required"


def test_credentials_in_english_and_usernames_made_unique(api, sign_in, sent_mail):
    staff = sign_in("ecomm")
    first = submit(api).json()["id"]
    assert staff.post(f"/account-requests/{first}/approve").json() == {"username": "sylvie.cote"}
    second = submit(
        api, email="sylvie.cote2@example.com", language="en", permission="place_orders", approver_email=None
    ).json()["id"]

    response = staff.post(f"/account-requests/{second}/approve")

    assert response.json() == {"username": "sylvie.cote2"}
    _acknowledgement, mail = mail_to(sent_mail(), "sylvie.cote2@example.com")
    assert mail["Subject"] == "Your Lumen.ca account"
    text = body_of(mail)
    assert "\nUsername: sylvie.cote2\n" in text
    assert credentials_in(mail)[1] in text.split("\nPassword: ")[1]


def test_rejecting_emails_the_reason_and_a_decided_request_is_409(api, sign_in, sent_mail):
    request_id = submit(api, language="en").json()["id"]
    staff = sign_in("ecomm")

    blank = staff.post(f"/account-requests/{request_id}/reject", json={"reason": " "})
    assert (blank.status_code, blank.json()["error"]["code"]) == (422, "reason_required")

    response = staff.post(f"/account-requests/{request_id}/reject", json={"reason": "Your employer did not confirm."})

    assert response.status_code == 200
    assert (response.json()["status"], response.json()["reject_reason"]) == (
        "rejected",
        "Your employer did not confirm.",
    )
    _acknowledgement, mail = mail_to(sent_mail(), "sylvie.cote@example.com")
    assert "Your employer did not confirm." in body_of(mail)
    for again in (
        staff.post(f"/account-requests/{request_id}/approve"),
        staff.post(f"/account-requests/{request_id}/reject", json={"reason": "Again"}),
    ):
        assert (again.status_code, again.json()["error"]["code"]) == (409, "account_request_decided")
    assert staff.post("/account-requests/424242/approve").status_code == 404
    # Once rejected, the same person may ask again.
    assert submit(api).status_code == 201


@pytest.mark.parametrize(
    ("language", "subject", "promise"),
    [
        ("fr", "Nous avons reçu votre demande de compte Lumen.ca", "dans les 72 heures"),
        ("en", "We received your Lumen.ca account request", "within 72 hours"),
    ],
)
def test_sending_the_form_is_acknowledged_by_email_in_its_language(api, sent_mail, language, subject, promise):
    response = submit(api, language=language)
    assert response.status_code == 201, response.text

    (mail,) = mail_to(sent_mail(), "sylvie.cote@example.com")
    assert mail["Subject"] == subject and mail["Content-Language"] == f"{language}-CA"
    text = body_of(mail)
    assert promise in text and "Électricité Gagnon inc." in text
    assert text.startswith("Bonjour Sylvie Côté," if language == "fr" else "Hello Sylvie Côté,")
    promised_by = datetime.fromisoformat(response.json()["promised_by"])
    assert str(promised_by.astimezone().year) in text  # the date of the promise, in words


def test_a_refused_form_sends_nothing(api, sent_mail):
    assert submit(api, customer_number="999999").status_code == 422
    assert mail_to(sent_mail(), "sylvie.cote@example.com") == []
