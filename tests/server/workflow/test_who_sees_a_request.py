"""Only the requester and the approver addressed see a request; anyone else gets 404, never 403 (invariant 3)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, update

from lumen_server.auth.models import User
from tests.server.workflow.support import products


@pytest.fixture
def lucs_request(sign_in, database) -> int:
    (product,) = products(database, 1)
    approval_id: int = sign_in("luc.gagnon").send_for_approval((product.sku, 4))["id"]
    return approval_id


@pytest.mark.parametrize("outsider", ["jean.dupuis", "sophie.roy", "paul.bergeron"])
def test_a_colleague_or_another_customer_gets_404(sign_in, lucs_request, outsider):
    person = sign_in(outsider)

    for method, path, body in [
        ("GET", f"/approvals/{lucs_request}", None),
        ("PATCH", f"/approvals/{lucs_request}", {"po_number": "X"}),
        ("POST", f"/approvals/{lucs_request}/approve", {"shipping": {"method": "delivery"}}),
        ("POST", f"/approvals/{lucs_request}/reject", {"reason": "Non"}),
        ("POST", f"/approvals/{lucs_request}/cancel", None),
    ]:
        response = person.request(method, path, json=body, headers={"If-Match": '"1"'})
        assert response.status_code == 404, (method, path, response.text)
        assert response.json()["error"]["code"] == "approval_not_found"
    assert person.get("/approvals", params={"role": "approver"}).json()["items"] == []
    assert person.get("/approvals", params={"role": "requester"}).json()["items"] == []


def test_a_request_that_does_not_exist_is_the_same_404(sign_in):
    response = sign_in("marie.tremblay").get("/approvals/999999")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "approval_not_found"


def test_the_requester_may_look_but_not_decide(sign_in, lucs_request):
    luc = sign_in("luc.gagnon")

    assert luc.approval(lucs_request).status_code == 200
    response = luc.post(f"/approvals/{lucs_request}/reject", json={"reason": "Je change d'idée"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "not_the_approver"
    edit = luc.patch(f"/approvals/{lucs_request}", json={"po_number": "X"}, headers={"If-Match": '"1"'})
    assert edit.status_code == 403


def test_the_approver_cannot_cancel_in_the_requesters_place(sign_in, lucs_request):
    response = sign_in("marie.tremblay").post(f"/approvals/{lucs_request}/cancel")

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "not_the_requester"


def test_lists_default_to_the_approver_inbox_or_my_requests(sign_in, database, lucs_request):
    (product,) = products(database, 1)
    sophies = sign_in("sophie.roy").send_for_approval((product.sku, 1))["id"]
    marie, luc = sign_in("marie.tremblay"), sign_in("luc.gagnon")

    inbox = marie.get("/approvals").json()["items"]
    assert [item["id"] for item in inbox] == [sophies, lucs_request]  # newest first
    first = inbox[1]
    assert first["requester"] == {"username": "luc.gagnon", "full_name": "Luc Gagnon"}
    assert first["approver"]["email"] == "marie.tremblay@example.com"
    assert (first["status"], first["line_count"], first["order_number"], first["reject_reason"]) == (
        "pending",
        1,
        None,
        None,
    )
    assert "total" in first  # marie sees prices

    mine = luc.get("/approvals").json()["items"]
    assert [item["id"] for item in mine] == [lucs_request]
    assert marie.get("/approvals", params={"status": "approved"}).json()["items"] == []
    assert marie.get("/approvals", params={"status": "lost"}).status_code == 422


def test_a_request_still_pending_keeps_its_approver_an_approver(sign_in, database, lucs_request):
    # The requesters who named marie now name jean: luc's request sent before the change is still hers to decide,
    # so /me must keep showing her as an approver (the desktop shows the inbox only then), as /approvals does.
    with database.session() as session:
        marie_id, jean_id = (
            session.scalars(select(User.id).where(User.username == name)).one()
            for name in ("marie.tremblay", "jean.dupuis")
        )
        session.execute(update(User).where(User.approver_id == marie_id).values(approver_id=jean_id))
    marie = sign_in("marie.tremblay")

    assert marie.get("/me").json()["is_approver"] is True
    assert [item["id"] for item in marie.get("/approvals").json()["items"]] == [lucs_request]
    assert sign_in("jean.dupuis").get("/me").json()["is_approver"] is True


def _change_marie(database, **values) -> None:
    with database.session() as session:
        session.execute(update(User).where(User.username == "marie.tremblay").values(**values))


def test_an_approver_given_an_order_limit_still_reads_the_request_but_decides_it_no_more(
    sign_in, database, lucs_request
) -> None:
    _change_marie(database, order_limit=Decimal(500))  # she sends big carts on now; she decides none
    marie = sign_in("marie.tremblay")

    assert marie.approval(lucs_request).status_code == 200
    assert marie.get("/approvals", params={"role": "approver", "status": "pending"}).json()["items"] == []
    approved = marie.post(
        f"/approvals/{lucs_request}/approve",
        json={"shipping": {"method": "delivery"}},
        headers={"Idempotency-Key": "m"},
    )
    edited = marie.patch(f"/approvals/{lucs_request}", json={"po_number": "X"}, headers={"If-Match": '"1"'})
    assert [(r.status_code, r.json()["error"]["code"]) for r in (approved, edited)] == [(403, "not_the_approver")] * 2
    assert sign_in("luc.gagnon").approval(lucs_request).json()["status"] == "pending"


def test_an_approver_who_moved_to_another_customer_no_longer_sees_its_requests(sign_in, database, lucs_request) -> None:
    paul = select(User.customer_id).where(User.username == "paul.bergeron").scalar_subquery()
    _change_marie(database, customer_id=paul)
    marie = sign_in("marie.tremblay")

    response = marie.get(f"/approvals/{lucs_request}")
    assert (response.status_code, response.json()["error"]["code"]) == (404, "approval_not_found")
    assert marie.get("/approvals", params={"role": "approver"}).json()["items"] == []
