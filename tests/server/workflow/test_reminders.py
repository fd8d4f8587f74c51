"""Reminders and escalation, with the clock given: a request pending 24 working hours reminds marie once; after 48
it is offered to the customer's other buyers (jean), who find it in their inbox; each step is in the history."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from lumen_server.approvals.models import ApprovalRequest
from lumen_server.approvals.reminders import TickResult
from lumen_server.approvals.standin_models import ApproverAbsence, ReminderRule
from lumen_server.approvals.working_time import CUSTOMERS_TIME_ZONE, working_hours_between
from lumen_server.auth.models import User
from lumen_server.core.config import Settings
from lumen_server.core.db import Database
from lumen_server.scheduler.runner import tick
from tests.server.workflow.support import DOLLAR_AMOUNT, body_of, mail_to, products

TORONTO = CUSTOMERS_TIME_ZONE
# Monday 1 March 2027, 9:00 in Toronto: when the test's request was sent.
SENT = datetime(2027, 3, 1, 9, 0, tzinfo=TORONTO)
DELIVERY = {"shipping": {"method": "delivery"}}


def test_working_hours_leave_out_the_weekend():
    friday_4pm = datetime(2027, 3, 5, 16, 0, tzinfo=TORONTO)
    assert working_hours_between(friday_4pm, datetime(2027, 3, 6, 10, 0, tzinfo=TORONTO)) == 8
    assert working_hours_between(friday_4pm, datetime(2027, 3, 8, 10, 0, tzinfo=TORONTO)) == 18
    # From Saturday noon, over the Sunday clocks go forward (14 March 2027), to Tuesday 0:00: Monday only.
    saturday = datetime(2027, 3, 13, 12, 0, tzinfo=TORONTO)
    assert working_hours_between(saturday, datetime(2027, 3, 16, 0, 0, tzinfo=TORONTO)) == 24


@pytest.fixture
def luc_request(sign_in, database) -> int:
    """luc (no prices) sent a request on Monday at 9:00."""
    first, second = products(database, 2)
    approval_id: int = sign_in("luc.gagnon").send_for_approval((first.sku, 2), (second.sku, 5))["id"]
    with database.session() as session:
        session.get_one(ApprovalRequest, approval_id).created_at = SENT
    return approval_id


def one_pass(database: Database, settings: Settings, now: datetime) -> TickResult:
    """One pass of the scheduler on the test's own database: no other worker holds its lock, so the pass runs."""
    result = tick(database, settings, now=now)
    assert result is not None
    return result


def _new_mail(sent_mail, before: int):
    return sent_mail()[before:]


def test_marie_is_reminded_once_then_jean_is_offered_the_request(
    sign_in, database, api_settings, sent_mail, luc_request
):
    before = len(sent_mail())
    assert one_pass(database, api_settings, now=SENT + timedelta(hours=23)).reminded == ()
    assert _new_mail(sent_mail, before) == []

    # Tuesday 10:00: 25 working hours.
    first = one_pass(database, api_settings, now=SENT + timedelta(hours=25))
    assert first.reminded == (luc_request,) and first.escalated == ()
    again = one_pass(database, api_settings, now=SENT + timedelta(hours=26))
    assert again.reminded == ()
    (reminder,) = _new_mail(sent_mail, before)
    assert "marie" in reminder["To"] and "Luc Gagnon" in reminder["Subject"]
    assert "24" in reminder["Subject"] or "25" in reminder["Subject"]
    jean = sign_in("jean.dupuis")
    assert jean.get(f"/approvals/{luc_request}").status_code == 404

    # Wednesday 10:00: 49 working hours.
    escalation = one_pass(database, api_settings, now=SENT + timedelta(hours=49))
    assert escalation.escalated == (luc_request,)
    assert tick(database, api_settings, now=SENT + timedelta(hours=50)) is not None
    messages = _new_mail(sent_mail, before)
    assert len(messages) == 2
    (offered,) = mail_to(messages, "jean")
    assert "Marie Tremblay" in offered["Subject"]
    for message in messages:
        assert not DOLLAR_AMOUNT.search(body_of(message)), body_of(message)

    inbox = jean.get("/approvals", params={"role": "approver", "status": "pending"}).json()["items"]
    assert [item["id"] for item in inbox] == [luc_request]
    history = jean.get(f"/approvals/{luc_request}").json()["history"]
    assert [entry["action"] for entry in history] == ["created", "reminded", "escalated"]
    assert history[2]["details"]["offered_to"] == [{"username": "jean.dupuis", "full_name": "Jean Dupuis"}]
    # Luc (no prices) sees the steps too, with no amount anywhere.
    assert [e["action"] for e in sign_in("luc.gagnon").get(f"/approvals/{luc_request}").json()["history"]] == [
        "created",
        "reminded",
        "escalated",
    ]

    placed = jean.post(
        f"/approvals/{luc_request}/approve", json={"shipping": {"method": "delivery"}}, headers={"Idempotency-Key": "x"}
    )
    assert placed.status_code == 201, placed.text
    assert jean.get(f"/approvals/{luc_request}").json()["history"][-1]["details"]["on_behalf_of"]["username"] == (
        "marie.tremblay"
    )


def test_the_weekend_does_not_count(database, api_settings, luc_request):
    friday = datetime(2027, 3, 5, 16, 0, tzinfo=TORONTO)
    with database.session() as session:
        session.get_one(ApprovalRequest, luc_request).created_at = friday
    assert one_pass(database, api_settings, now=datetime(2027, 3, 8, 8, 0, tzinfo=TORONTO)).reminded == ()
    assert one_pass(database, api_settings, now=datetime(2027, 3, 9, 0, 30, tzinfo=TORONTO)).reminded == (luc_request,)


def test_a_customer_sets_its_own_delays(database, api_settings, luc_request):
    with database.session() as session:
        customer_id = session.get_one(ApprovalRequest, luc_request).customer_id
        session.add(ReminderRule(customer_id=customer_id, reminder_hours=4, escalation_hours=8))
    assert one_pass(database, api_settings, now=SENT + timedelta(hours=5)).reminded == (luc_request,)
    assert one_pass(database, api_settings, now=SENT + timedelta(hours=9)).escalated == (luc_request,)


def test_the_escalation_goes_to_the_named_stand_in_of_a_coming_absence(database, api_settings, sent_mail, luc_request):
    with database.session() as session:
        ids = {name: id_ for name, id_ in session.execute(select(User.username, User.id))}
        marie = session.get_one(User, ids["marie.tremblay"])
        # Another buyer of the customer: without the named stand-in, she would be offered the request too.
        session.add(
            User(
                username="anne.cote",
                email="anne.cote@example.com",
                password_hash="-",
                first_name="Anne",
                last_name="Côté",
                customer_id=marie.customer_id,
                can_place_orders=True,
                can_see_prices=True,
            )
        )
        session.add(
            ApproverAbsence(
                user_id=ids["marie.tremblay"],
                stand_in_id=ids["jean.dupuis"],
                starts_on=(SENT + timedelta(days=20)).date(),
                ends_on=(SENT + timedelta(days=25)).date(),
            )
        )
    before = len(sent_mail())
    tick(database, api_settings, now=SENT + timedelta(hours=49))
    assert sorted(str(m["To"]).split("@")[0] for m in _new_mail(sent_mail, before)) == [
        "jean.dupuis",
        "marie.tremblay",
    ]


def test_a_decided_request_is_never_reminded(sign_in, database, api_settings, luc_request):
    sign_in("marie.tremblay").post(f"/approvals/{luc_request}/reject", json={"reason": "no"})
    assert tick(database, api_settings, now=SENT + timedelta(hours=60)) == tick(
        database, api_settings, now=SENT + timedelta(hours=61)
    )
    assert one_pass(database, api_settings, now=SENT + timedelta(hours=62)).reminded == ()


def reminder_delays(api_settings, customer: str, *, remind_after: int, offer_after: int) -> None:
    """``lumen-server reminder-delays``, as the operator types it."""
    from lumen_server.cli import main

    delays = ["--remind-after", str(remind_after), "--offer-after", str(offer_after)]
    main(["reminder-delays", customer, *delays, "--database-url", api_settings.database_url])


def test_the_operator_sets_a_customers_delays_from_the_command_line(api_settings, database, luc_request, capsys):
    reminder_delays(api_settings, "100234", remind_after=6, offer_after=12)
    assert "100234" in capsys.readouterr().out
    assert one_pass(database, api_settings, now=SENT + timedelta(hours=7)).reminded == (luc_request,)
    with pytest.raises(SystemExit, match="escalation a longer one"):
        reminder_delays(api_settings, "100234", remind_after=6, offer_after=6)
    with pytest.raises(SystemExit, match="no customer numbered 999"):
        reminder_delays(api_settings, "999", remind_after=6, offer_after=9)


def test_an_offer_lapses_when_its_buyer_may_no_longer_approve(sign_in, database, api_settings, luc_request) -> None:
    assert one_pass(database, api_settings, SENT + timedelta(hours=49)).escalated == (luc_request,)
    jean = sign_in("jean.dupuis")
    assert jean.get(f"/approvals/{luc_request}").status_code == 200

    with database.session() as session:  # jean is given an order limit: he sends big carts on, he decides none
        session.scalars(select(User).where(User.username == "jean.dupuis")).one().order_limit = Decimal(500)

    inbox = jean.get("/approvals", params={"role": "approver", "status": "pending"}).json()["items"]
    assert luc_request not in [item["id"] for item in inbox]
    approved = jean.post(f"/approvals/{luc_request}/approve", json=DELIVERY, headers={"Idempotency-Key": "y"})
    # What an unrelated buyer gets: the request does not exist for him.
    assert (approved.status_code, approved.json()["error"]["code"]) == (404, "approval_not_found")
    assert sign_in("marie.tremblay").get(f"/approvals/{luc_request}").json()["status"] == "pending"
