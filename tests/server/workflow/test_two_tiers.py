"""Two-tier approval: over customer 100234's rule (5 000,00 $ in the demo, second approver jean.dupuis), marie's
approval passes the request on to jean; jean's approval places the order. Each step is in the history."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, update

from lumen_server.auth.models import User
from lumen_server.core.db import Database
from lumen_server.orders.models import Order
from tests.server.support import price_keys_in
from tests.server.workflow.support import mail_to, products

DELIVERY = {"shipping": {"method": "delivery"}}


def cart_worth(person, database: Database, amount: int) -> list[tuple[str, int]]:
    """Lines of about ``amount`` dollars (before taxes) at the customer's prices, read as a buyer who sees them."""
    (product,) = products(database, 1)
    person.fill_cart((product.sku, 1))
    price = Decimal(person.cart()["lines"][0]["unit_price"]) / product.price_unit
    person.delete("/cart")
    return [(product.sku, int(Decimal(amount) / price) + 1)]


def orders_in(database: Database) -> int:
    with database.read_session() as session:
        return len(session.scalars(select(Order)).all())


@pytest.fixture
def big_request(sign_in, database):
    """luc (no prices, approver marie) sends a request of about 6 000 $."""
    lines = cart_worth(sign_in("jean.dupuis"), database, 6000)
    return sign_in("luc.gagnon").send_for_approval(*lines)["id"]


def test_over_the_rule_marie_passes_it_on_to_jean_who_places_it(sign_in, database, big_request, sent_mail):
    marie, jean, luc = sign_in("marie.tremblay"), sign_in("jean.dupuis"), sign_in("luc.gagnon")

    first = marie.post(f"/approvals/{big_request}/approve", json=DELIVERY, headers={"Idempotency-Key": "m-1"})
    assert first.status_code == 202, first.text
    passed = first.json()
    assert "subtotal" in passed and all("unit_price" in line for line in passed["lines"]), "marie sees prices"
    assert (passed["status"], passed["tier"]) == ("pending", 2)
    assert passed["approver"]["username"] == "jean.dupuis"
    assert passed["first_approver"]["full_name"] == "Marie Tremblay"
    assert orders_in(database) == 0
    assert passed["history"][-1]["action"] == "first_approval"
    assert passed["history"][-1]["details"] == {
        "tier": 1,
        "of": 2,
        "next_approver": {"username": "jean.dupuis", "full_name": "Jean Dupuis"},
    }
    assert mail_to(sent_mail(), "jean.dupuis@example.com"), "jean is told a request awaits him"
    # A retry of marie's click answers the same, and changes nothing.
    again = marie.post(f"/approvals/{big_request}/approve", json=DELIVERY, headers={"Idempotency-Key": "m-1"})
    assert again.status_code == 202 and again.json()["version"] == passed["version"]
    # jean has it in his inbox; marie still can read it; luc's view carries no amount.
    assert [item["id"] for item in jean.get("/approvals?status=pending&role=approver").json()["items"]] == [big_request]
    assert marie.approval(big_request).status_code == 200
    assert price_keys_in(luc.approval(big_request).json()) == []

    placed = jean.post(f"/approvals/{big_request}/approve", json=DELIVERY, headers={"Idempotency-Key": "j-1"})
    assert placed.status_code == 201, placed.text
    order = placed.json()
    assert order["placed_by"]["username"] == "jean.dupuis" and order["requester"]["username"] == "luc.gagnon"
    history = luc.approval(big_request).json()["history"]
    assert [(h["action"], h["actor"]["username"]) for h in history] == [
        ("created", "luc.gagnon"),
        ("first_approval", "marie.tremblay"),
        ("approved", "jean.dupuis"),
    ]
    assert history[-1]["details"] == {"order_number": order["number"], "tier": 2, "of": 2}
    assert orders_in(database) == 1


def test_a_first_approver_who_may_not_see_prices_is_passed_on_no_amount(sign_in, database, big_request):
    with database.session() as session:
        session.execute(update(User).where(User.username == "marie.tremblay").values(can_see_prices=False))

    first = sign_in("marie.tremblay").post(f"/approvals/{big_request}/approve", json=DELIVERY)
    assert first.status_code == 202, first.text
    passed = first.json()
    assert (passed["tier"], passed["approver"]["username"]) == (2, "jean.dupuis")
    assert passed["lines"] and all(line["quantity"] > 0 for line in passed["lines"])
    assert price_keys_in(passed) == []  # absent, not null


def test_jean_may_reject_at_the_second_tier(sign_in, database, big_request, sent_mail):
    marie, jean = sign_in("marie.tremblay"), sign_in("jean.dupuis")
    assert marie.post(f"/approvals/{big_request}/approve", json=DELIVERY).status_code == 202
    # marie decided her tier: she can no longer approve or reject it.
    assert marie.post(f"/approvals/{big_request}/reject", json={"reason": "no"}).status_code == 403

    rejected = jean.post(f"/approvals/{big_request}/reject", json={"reason": "Trop cher ce mois-ci"})
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["status"] == "rejected"
    assert [h["action"] for h in rejected.json()["history"]] == ["created", "first_approval", "rejected"]
    assert orders_in(database) == 0
    (mail,) = mail_to(sent_mail(), "luc.gagnon@example.com")
    body = mail.get_body()
    assert body is not None
    assert "Trop cher" in body.get_content()


def test_under_the_rule_one_approval_places_the_order(sign_in, database):
    lines = cart_worth(sign_in("jean.dupuis"), database, 4000)
    request = sign_in("luc.gagnon").send_for_approval(*lines)["id"]
    response = sign_in("marie.tremblay").post(f"/approvals/{request}/approve", json=DELIVERY)
    assert response.status_code == 201, response.text
    assert orders_in(database) == 1


def test_when_the_first_approver_is_the_rules_approver_one_approval_is_enough(sign_in, database):
    staff = sign_in("ecomm")
    rule = {"threshold": "5000.00", "approver_username": "marie.tremblay"}
    assert staff.put("/customers/100234/approval-rule", json=rule).status_code == 200
    lines = cart_worth(sign_in("jean.dupuis"), database, 6000)
    request = sign_in("luc.gagnon").send_for_approval(*lines)["id"]
    assert sign_in("marie.tremblay").post(f"/approvals/{request}/approve", json=DELIVERY).status_code == 201


def test_staff_read_change_and_remove_a_customers_rule(sign_in, database):
    staff = sign_in("ecomm")
    rule = staff.get("/customers/100234/approval-rule").json()
    assert rule["threshold"] == "5000.00" and rule["approver"]["username"] == "jean.dupuis"

    changed = staff.put(
        "/customers/100234/approval-rule", json={"threshold": "7500", "approver_username": "jean.dupuis"}
    )
    assert changed.status_code == 200 and changed.json()["threshold"] == "7500.00"
    refused = staff.put(
        "/customers/100234/approval-rule",
        json={"threshold": "7500", "approver_username": "luc.gagnon"},
        headers={"Accept-Language": "en"},
    )
    assert refused.status_code == 422
    assert refused.json()["error"]["field"] == "approver_username"
    assert "without a limit" in refused.json()["error"]["message"]
    for threshold in ("-1", "abc"):
        bad = {"threshold": threshold, "approver_username": "jean.dupuis"}
        response = staff.put("/customers/100234/approval-rule", json=bad)
        assert (response.status_code, response.json()["error"]["field"]) == (422, "threshold")
    assert (
        staff.put(
            "/customers/999999/approval-rule", json={"threshold": "1", "approver_username": "jean.dupuis"}
        ).status_code
        == 404
    )
    # Customers' users may not touch rules.
    assert sign_in("marie.tremblay").get("/customers/100234/approval-rule").status_code == 403

    assert staff.delete("/customers/100234/approval-rule").status_code == 204
    assert staff.get("/customers/100234/approval-rule").status_code == 404
    lines = cart_worth(sign_in("jean.dupuis"), database, 6000)
    request = sign_in("luc.gagnon").send_for_approval(*lines)["id"]
    assert sign_in("marie.tremblay").post(f"/approvals/{request}/approve", json=DELIVERY).status_code == 201
