"""The rules of ``auth.permissions`` agree with themselves: the query that finds approvers (stand-ins,
escalations) selects exactly the users ``may_approve`` names, and the account forms' permissions grant what
``permission_of`` then reads back."""

from __future__ import annotations

from sqlalchemy import select, update

from lumen_server.approvals.working_time import local_date
from lumen_server.auth.models import User
from lumen_server.auth.permissions import (
    approvers,
    approvers_for,
    grants_a_limit,
    grants_placing,
    may_approve,
    may_approve_for,
    needs_approver,
    permission_of,
)
from lumen_server.core.db import utcnow
from tests.server.workflow.support import products


def test_the_approvers_query_selects_exactly_who_may_approve(database):
    with database.session() as session:
        session.execute(update(User).where(User.username == "jean.dupuis").values(active=False))
    with database.read_session() as session:
        everyone = session.scalars(select(User)).all()
        selected = set(session.scalars(select(User.id).where(approvers())))
        by_rule = {user.id for user in everyone if may_approve(user)}
        names = {user.username for user in everyone if user.id in selected}
    assert selected == by_rule
    # marie and paul (active, unlimited buyers); not luc (requester), sophie (limited), jean (inactive), staff.
    assert names == {"marie.tremblay", "paul.bergeron"}


def test_a_customers_approvers_query_selects_exactly_who_may_approve_for_it(database):
    with database.read_session() as session:
        everyone = session.scalars(select(User)).all()
        customers = {user.customer_id for user in everyone if user.customer_id is not None}
        chosen = {}
        for customer_id in customers:
            selected = set(session.scalars(select(User.id).where(approvers_for(customer_id))))
            assert selected == {user.id for user in everyone if may_approve_for(user, customer_id=customer_id)}
            chosen[customer_id] = {user.username for user in everyone if user.id in selected}
    # 100234: marie and jean (unlimited buyers); 200518: paul. Nobody is an approver of another customer.
    assert sorted(chosen.values(), key=len) == [{"paul.bergeron"}, {"marie.tremblay", "jean.dupuis"}]


def test_each_permission_of_the_form_is_what_the_account_then_has():
    for permission in ("place_orders", "order_for_approval", "place_orders_up_to"):
        user = User(can_place_orders=grants_placing(permission), order_limit=1 if grants_a_limit(permission) else None)
        assert permission_of(user) == permission
        assert needs_approver(permission) == (permission != "place_orders")


def test_an_account_that_does_not_place_orders_merges_nothing_and_names_no_stand_in(sign_in, database):
    first, second = products(database, 2)
    sophie = sign_in("sophie.roy")
    requests = [sophie.send_for_approval((first.sku, 1)), sophie.send_for_approval((second.sku, 2))]
    luc = sign_in("luc.gagnon")
    merge = {
        "requests": [{"id": r["id"], "version": r["version"]} for r in requests],
        "shipping": {"method": "delivery"},
    }
    merged = luc.post("/inbox/merge", json=merge)
    today = local_date(utcnow()).isoformat()
    away = luc.put("/me/away", json={"starts_on": today, "ends_on": today, "stand_in": "marie.tremblay"})

    assert [(r.status_code, r.json()["error"]["code"]) for r in (merged, away)] == [(403, "cannot_place_orders")] * 2
    assert luc.get("/me/away").status_code == 404
    marie = sign_in("marie.tremblay")
    assert [marie.approval(r["id"]).json()["status"] for r in requests] == ["pending", "pending"]
