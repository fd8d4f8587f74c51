"""The account request's third permission, "place orders up to an amount": the form takes the limit, the staff
queue shows it, and the account created places orders up to it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from lumen_server.auth.models import User
from tests.server.workflow.support import credentials_in, mail_to, submit_account_request

NADIA = {
    "first_name": "Nadia",
    "last_name": "Lavoie",
    "email": "nadia.lavoie@example.com",
    "permission": "place_orders_up_to",
    "order_limit": "2500.00",
    "can_see_prices": True,
}


def submit(api: TestClient, **changes: Any) -> httpx.Response:
    return submit_account_request(api, **NADIA | changes)


def test_a_limited_buyer_is_asked_for_queued_and_created_with_the_limit(api, sign_in, database, sent_mail):
    request_id = submit(api).json()["id"]
    staff = sign_in("ecomm")

    (queued,) = staff.get("/account-requests", params={"status": "pending"}).json()["items"]
    assert (queued["id"], queued["permission"], queued["order_limit"]) == (request_id, "place_orders_up_to", "2500.00")
    assert queued["approver_email"] == "marie.tremblay@example.com"

    username = staff.post(f"/account-requests/{request_id}/approve").json()["username"]
    with database.read_session() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        assert (user.can_place_orders, user.order_limit, user.approver.username) == (
            True,
            Decimal("2500.00"),
            "marie.tremblay",
        )
    _acknowledgement, mail = mail_to(sent_mail(), "nadia.lavoie@example.com")
    _username, password = credentials_in(mail)
    nadia = sign_in(username, password)
    assert nadia.post(
        "/auth/password", json={"current_password": password, "new_password": "un-mot-de-passe-neuf"}
    ).status_code in (200, 204)
    me = nadia.get("/me").json()
    assert (me["permission"], me["order_limit"]) == ("place_orders_up_to", "2500.00")


def test_other_permissions_keep_their_meaning_and_no_limit(api, sign_in):
    buyer = submit(api, permission="place_orders", approver_email=None, email="b@example.com").json()["id"]
    (queued,) = sign_in("ecomm").get("/account-requests").json()["items"]
    assert queued["id"] == buyer and queued["order_limit"] is None  # a limit given anyway is not kept


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"order_limit": None}, "order_limit_required", "order_limit"),
        ({"order_limit": "0"}, "too_small", "order_limit"),
        ({"order_limit": "-5"}, "too_small", "order_limit"),
        ({"order_limit": "abc"}, "invalid_number", "order_limit"),
        ({"order_limit": "12.345"}, "invalid_value", "order_limit"),
        ({"order_limit": "99999999"}, "too_large", "order_limit"),
        ({"approver_email": None}, "approver_required", "approver_email"),
        ({"approver_email": "sophie.roy@example.com"}, "invalid_approver", "approver_email"),  # limited herself
        ({"permission": "place_everything"}, "invalid_choice", "permission"),
    ],
)
def test_the_form_refuses_a_bad_limit_with_a_named_reason(api, changes, code, field):
    response = submit(api, **changes)
    assert response.status_code == 422, response.text
    assert (response.json()["error"]["code"], response.json()["error"]["field"]) == (code, field)
