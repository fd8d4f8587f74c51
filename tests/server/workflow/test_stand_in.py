"""The stand-in approver: marie sets "away from … to …, my stand-in is jean"; while she is away her pending
requests and those sent meanwhile are in jean's inbox too, the first decision wins, the history says for whom, and
nobody ever decides their own request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from email.message import EmailMessage
from typing import Any

import pytest
from sqlalchemy import select, update

from lumen_server.approvals.away import AwayIn, possible_stand_ins, set_absence
from lumen_server.approvals.models import ApprovalRequest
from lumen_server.approvals.service import list_requests
from lumen_server.approvals.standin import active_stand_in
from lumen_server.approvals.standin_models import ApproverAbsence
from lumen_server.approvals.working_time import local_date
from lumen_server.auth.models import User
from lumen_server.core.db import Database, utcnow
from lumen_server.core.errors import ApiError
from tests.server.workflow.support import Person, body_of, mail_to, products

DELIVERY = {"shipping": {"method": "delivery"}}


def _today() -> date:
    return local_date(utcnow())


def _away(days_from: int, days_to: int, stand_in: str = "jean.dupuis") -> dict[str, str]:
    today = _today()
    return {
        "starts_on": (today + timedelta(days=days_from)).isoformat(),
        "ends_on": (today + timedelta(days=days_to)).isoformat(),
        "stand_in": stand_in,
    }


def _pending_ids(person) -> set[int]:
    response = person.get("/approvals", params={"role": "approver", "status": "pending"})
    assert response.status_code == 200, response.text
    return {item["id"] for item in response.json()["items"]}


@pytest.fixture
def request_of_sophie(sign_in, database) -> int:
    (product,) = products(database, 1)
    approval_id: int = sign_in("sophie.roy").send_for_approval((product.sku, 3))["id"]
    return approval_id


def test_the_possible_stand_ins_are_the_other_buyers_of_the_customer(sign_in):
    names = [p["username"] for p in sign_in("marie.tremblay").get("/me/stand-ins").json()["items"]]
    assert names == ["jean.dupuis"]  # not luc or sophie (they cannot place orders), not paul (another customer)


@pytest.mark.parametrize(
    ("body", "code", "field"),
    [
        (_away(3, 1), "away_dates_order", "ends_on"),
        (_away(-5, -1), "away_in_past", "ends_on"),
        (_away(0, 2, "marie.tremblay"), "stand_in_self", "stand_in"),
        (_away(0, 2, "luc.gagnon"), "stand_in_not_a_buyer", "stand_in"),
        (_away(0, 2, "paul.bergeron"), "stand_in_not_a_buyer", "stand_in"),
    ],
)
def test_a_wrong_absence_is_refused_naming_the_field_and_nothing_is_set(sign_in, body, code, field):
    marie = sign_in("marie.tremblay")
    answer = marie.put("/me/away", json=body)
    assert answer.status_code == 422, answer.text
    assert (answer.json()["error"]["code"], answer.json()["error"]["field"]) == (code, field)
    assert marie.get("/me/away").status_code == 404


def test_errors_are_in_the_callers_language(sign_in):
    answer = sign_in("marie.tremblay").put("/me/away", json=_away(3, 1), headers={"Accept-Language": "fr"})
    assert "Jusqu'au" in answer.json()["error"]["message"]


def test_pending_requests_are_in_both_inboxes_only_while_she_is_away(sign_in, database, request_of_sophie):
    marie, jean = sign_in("marie.tremblay"), sign_in("jean.dupuis")
    assert request_of_sophie not in _pending_ids(jean)

    # Before: the absence starts tomorrow.
    assert marie.put("/me/away", json=_away(1, 3)).status_code == 200
    assert request_of_sophie not in _pending_ids(jean)
    assert jean.get(f"/approvals/{request_of_sophie}").status_code == 404

    # During.
    set_now = marie.put("/me/away", json=_away(0, 3))
    assert set_now.json()["active"] is True and set_now.json()["stand_in"]["full_name"] == "Jean Dupuis"
    assert request_of_sophie in _pending_ids(jean) and request_of_sophie in _pending_ids(marie)
    assert jean.get("/inbox/summary").json()["pending_for_me"] == 1
    assert jean.get("/me").json()["is_approver"] is True

    # After: the absence ended yesterday (set in the database: the service refuses an absence already over).
    with database.session() as session:
        marie_id = session.scalar(select(User.id).where(User.username == "marie.tremblay"))
        absence = session.get_one(ApproverAbsence, marie_id)
        absence.starts_on, absence.ends_on = _today() - timedelta(days=5), _today() - timedelta(days=1)
    assert request_of_sophie not in _pending_ids(jean)
    assert request_of_sophie in _pending_ids(marie)

    # Back early: nothing left for jean.
    marie.put("/me/away", json=_away(0, 3))
    assert marie.delete("/me/away").status_code == 204
    assert request_of_sophie not in _pending_ids(jean)


def test_the_stand_in_approves_first_the_history_says_for_whom_and_marie_sees_it_decided(
    sign_in, request_of_sophie, sent_mail
):
    marie, jean = sign_in("marie.tremblay"), sign_in("jean.dupuis")
    marie.put("/me/away", json=_away(0, 2))

    placed = jean.post(f"/approvals/{request_of_sophie}/approve", json=DELIVERY, headers={"Idempotency-Key": "j1"})
    assert placed.status_code == 201, placed.text
    late = marie.post(f"/approvals/{request_of_sophie}/approve", json=DELIVERY, headers={"Idempotency-Key": "m1"})
    assert (late.status_code, late.json()["error"]["code"]) == (409, "already_decided")

    history = marie.get(f"/approvals/{request_of_sophie}").json()["history"]
    approved = history[-1]
    assert (approved["action"], approved["actor"]["full_name"]) == ("approved", "Jean Dupuis")
    assert approved["details"]["on_behalf_of"]["full_name"] == "Marie Tremblay"
    # Jean still finds what he decided, decided.
    assert jean.get(f"/approvals/{request_of_sophie}").json()["status"] == "approved"

    (told,) = mail_to(sent_mail(), "sophie")[-1:]
    assert "Jean Dupuis" in body_of(told) and "Marie Tremblay" in body_of(told)


def test_a_request_sent_while_she_is_away_is_mailed_to_the_stand_in(sign_in, database, sent_mail):
    sign_in("marie.tremblay").put("/me/away", json=_away(0, 2))
    (product,) = products(database, 1)
    approval = sign_in("sophie.roy").send_for_approval((product.sku, 2))
    assert approval["approver"]["username"] == "marie.tremblay"
    assert approval["id"] in _pending_ids(sign_in("jean.dupuis"))
    (to_jean,) = mail_to(sent_mail(), "jean")
    assert "Marie Tremblay" in to_jean["Subject"] and "Sophie Roy" in body_of(to_jean)


def test_nobody_decides_their_own_request_even_as_stand_in(sign_in, database, request_of_sophie):
    # Sophie, once promoted to buyer without a limit, is named marie's stand-in while her own request still waits.
    with database.session() as session:
        sophie_account = session.scalars(select(User).where(User.username == "sophie.roy")).one()
        sophie_account.can_place_orders, sophie_account.order_limit = True, None
    sign_in("marie.tremblay").put("/me/away", json=_away(0, 2, "sophie.roy"))
    sophie = sign_in("sophie.roy")

    assert request_of_sophie not in _pending_ids(sophie)
    answer = sophie.post(f"/approvals/{request_of_sophie}/approve", json=DELIVERY, headers={"Idempotency-Key": "s"})
    assert (answer.status_code, answer.json()["error"]["code"]) == (403, "self_approval")
    rejected = sophie.post(f"/approvals/{request_of_sophie}/reject", json={"reason": "mine"})
    assert (rejected.status_code, rejected.json()["error"]["code"]) == (403, "self_approval")
    assert sophie.get(f"/approvals/{request_of_sophie}").json()["status"] == "pending"


def _change_account(database: Database, username: str, **values: Any) -> None:
    with database.session() as session:
        session.execute(update(User).where(User.username == username).values(**values))


PAULS_CUSTOMER = select(User.customer_id).where(User.username == "paul.bergeron").scalar_subquery()


@pytest.mark.parametrize(
    "change",
    [{"can_place_orders": False}, {"order_limit": Decimal(500)}, {"customer_id": PAULS_CUSTOMER}],
    ids=["lost the place right", "got an order limit", "moved to another customer"],
)
def test_a_stand_in_who_may_no_longer_approve_loses_her_requests_like_any_colleague(
    sign_in: Callable[..., Person], database: Database, request_of_sophie: int, change: dict[str, Any]
) -> None:
    marie, jean = sign_in("marie.tremblay"), sign_in("jean.dupuis")
    marie.put("/me/away", json=_away(0, 2))
    assert request_of_sophie in _pending_ids(jean)

    _change_account(database, "jean.dupuis", **change)

    assert request_of_sophie not in _pending_ids(jean)
    assert jean.get("/inbox/summary").json()["pending_for_me"] == 0
    approved = jean.post(f"/approvals/{request_of_sophie}/approve", json=DELIVERY, headers={"Idempotency-Key": "j"})
    rejected = jean.post(f"/approvals/{request_of_sophie}/reject", json={"reason": "Non"})
    # What an unrelated buyer gets (``test_who_sees_a_request``): the request does not exist for him.
    assert [(r.status_code, r.json()["error"]["code"]) for r in (approved, rejected)] == [
        (404, "approval_not_found")
    ] * 2
    assert marie.approval(request_of_sophie).json()["status"] == "pending"
    assert request_of_sophie in _pending_ids(marie)


def test_a_deactivated_stand_in_is_not_mailed_her_requests_nor_has_them_in_his_inbox(
    sign_in: Callable[..., Person],
    database: Database,
    sent_mail: Callable[[], list[EmailMessage]],
    request_of_sophie: int,
) -> None:
    sign_in("marie.tremblay").put("/me/away", json=_away(0, 2))
    _change_account(database, "jean.dupuis", active=False)
    (product,) = products(database, 1)
    sign_in("sophie.roy").send_for_approval((product.sku, 2))

    assert mail_to(sent_mail(), "jean") == []
    with database.session() as session:
        jean = session.scalars(select(User).where(User.username == "jean.dupuis")).one()
        assert (
            active_stand_in(session, request=session.get_one(ApprovalRequest, request_of_sophie), today=_today())
            is None
        )
        assert list_requests(session, user=jean, role="approver", status="pending") == []


def test_an_account_of_no_customer_may_name_no_stand_in(database: Database) -> None:
    # Two buyers who lost their customer are not each other's colleagues: nobody is.
    _change_account(database, "marie.tremblay", customer_id=None)
    _change_account(database, "jean.dupuis", customer_id=None)
    with database.session() as session:
        marie = session.scalars(select(User).where(User.username == "marie.tremblay")).one()
        assert possible_stand_ins(session, user=marie) == []
        with pytest.raises(ApiError) as refused:
            set_absence(session, user=marie, away=AwayIn.model_validate(_away(0, 2)), today=_today())
    assert (refused.value.status, refused.value.code, refused.value.field) == (422, "stand_in_not_a_buyer", "stand_in")
