"""The rules of ``auth.permissions`` agree with themselves: the query that finds approvers (stand-ins,
escalations) selects exactly the users ``may_approve`` names, and the account forms' permissions grant what
``permission_of`` then reads back."""

from __future__ import annotations

from sqlalchemy import select, update

from lumen_server.auth.models import User
from lumen_server.auth.permissions import (
    approvers,
    grants_a_limit,
    grants_placing,
    may_approve,
    needs_approver,
    permission_of,
)


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


def test_each_permission_of_the_form_is_what_the_account_then_has():
    for permission in ("place_orders", "order_for_approval", "place_orders_up_to"):
        user = User(can_place_orders=grants_placing(permission), order_limit=1 if grants_a_limit(permission) else None)
        assert permission_of(user) == permission
        assert needs_approver(permission) == (permission != "place_orders")
