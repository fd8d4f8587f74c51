"""The approver places a request as an order (exactly once per Idempotency-Key) or rejects it with a reason; the
requester may cancel it while pending. A decided or cancelled request never changes again."""

from __future__ import annotations

import pytest

from tests.server.workflow.support import body_of, mail_to, products

DELIVERY = {"shipping": {"method": "delivery"}}


@pytest.fixture
def request_of_sophie(sign_in, database):
    first, second = products(database, 2)
    approval = sign_in("sophie.roy").send_for_approval((first.sku, 4), (second.sku, 1))
    return approval["id"], (first, second)


def test_approving_places_the_order_for_the_requester_and_tells_her(sign_in, request_of_sophie, sent_mail):
    approval_id, (first, _) = request_of_sophie
    marie = sign_in("marie.tremblay")
    marie.patch(
        f"/approvals/{approval_id}", json={"lines": [{"sku": first.sku, "quantity": 6}]}, headers={"If-Match": '"1"'}
    )

    response = marie.post(
        f"/approvals/{approval_id}/approve",
        json={"po_number": "PO-2211", "shipping": {"method": "pickup", "branch": "MTL"}},
        headers={"Idempotency-Key": "approve-1"},
    )

    assert response.status_code == 201, response.text
    order = response.json()
    assert order["placed_by"]["username"] == "marie.tremblay"
    assert order["requester"]["username"] == "sophie.roy"
    assert order["po_number"] == "PO-2211"
    assert [(line["sku"], line["quantity"]) for line in order["lines"]] == [(first.sku, 6)]

    decided = marie.approval(approval_id).json()
    assert (decided["status"], decided["order_number"]) == ("approved", order["number"])
    assert decided["history"][-1]["action"] == "approved"
    assert decided["history"][-1]["details"]["order_number"] == order["number"]

    (mail,) = mail_to(sent_mail(), "sophie.roy@example.com")
    text = body_of(mail)
    assert order["number"] in mail["Subject"] and order["number"] in text
    assert f"{first.sku}" in text and "4 → 6" in text  # what marie changed
    assert "retiré" in text  # the second line was removed

    for person in (marie, sign_in("sophie.roy")):
        numbers = [o["number"] for o in person.get("/orders").json()["items"]]
        assert order["number"] in numbers


def test_a_retry_with_the_same_key_returns_the_same_order(sign_in, request_of_sophie, sent_mail):
    approval_id, _ = request_of_sophie
    marie = sign_in("marie.tremblay")

    first = marie.post(f"/approvals/{approval_id}/approve", json=DELIVERY, headers={"Idempotency-Key": "k-42"})
    again = marie.post(f"/approvals/{approval_id}/approve", json=DELIVERY, headers={"Idempotency-Key": "k-42"})

    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json()["number"] == first.json()["number"]
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert len(marie.get("/orders").json()["items"]) == 1
    assert len(mail_to(sent_mail(), "sophie.roy@example.com")) == 1


def test_approving_an_approved_request_again_without_the_key_is_409(sign_in, request_of_sophie):
    approval_id, _ = request_of_sophie
    marie = sign_in("marie.tremblay")
    assert marie.post(f"/approvals/{approval_id}/approve", json=DELIVERY).status_code == 201

    again = marie.post(f"/approvals/{approval_id}/approve", json=DELIVERY)

    assert again.status_code == 409
    assert again.json()["error"]["code"] == "already_decided"
    assert len(marie.get("/orders").json()["items"]) == 1


def test_a_refused_shipping_places_nothing_and_the_request_stays_pending(sign_in, request_of_sophie):
    approval_id, _ = request_of_sophie
    marie = sign_in("marie.tremblay")

    response = marie.post(
        f"/approvals/{approval_id}/approve", json={"shipping": {"method": "pickup"}}, headers={"Idempotency-Key": "a"}
    )

    assert response.status_code == 422
    assert response.json()["error"]["field"] == "shipping.branch"
    assert marie.approval(approval_id).json()["status"] == "pending"
    retry = marie.post(f"/approvals/{approval_id}/approve", json=DELIVERY, headers={"Idempotency-Key": "a"})
    assert retry.status_code == 201


def test_rejecting_tells_the_requester_why(sign_in, request_of_sophie, sent_mail):
    approval_id, _ = request_of_sophie
    marie = sign_in("marie.tremblay")

    response = marie.post(f"/approvals/{approval_id}/reject", json={"reason": "  Budget dépassé ce mois-ci.  "})

    assert response.status_code == 200, response.text
    assert (response.json()["status"], response.json()["reject_reason"]) == ("rejected", "Budget dépassé ce mois-ci.")
    (mail,) = mail_to(sent_mail(), "sophie.roy@example.com")
    assert "Budget dépassé ce mois-ci." in body_of(mail)
    assert marie.post(f"/approvals/{approval_id}/approve", json=DELIVERY).json()["error"]["code"] == "already_decided"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({}, "field_required"),
        ({"reason": ""}, "reason_required"),
        ({"reason": "  \n "}, "reason_required"),
        ({"reason": "x" * 1001}, "too_long"),
        ({"reason": 12}, "invalid_string"),
    ],
)
def test_a_rejection_needs_a_reason(sign_in, request_of_sophie, body, code):
    approval_id, _ = request_of_sophie
    marie = sign_in("marie.tremblay")

    response = marie.post(f"/approvals/{approval_id}/reject", json=body)

    assert response.status_code == 422
    assert (response.json()["error"]["code"], response.json()["error"]["field"]) == (code, "reason")
    assert marie.approval(approval_id).json()["status"] == "pending"


def test_a_cancelled_request_can_no_longer_be_approved_rejected_or_edited(sign_in, request_of_sophie, sent_mail):
    approval_id, _ = request_of_sophie
    sophie, marie = sign_in("sophie.roy"), sign_in("marie.tremblay")

    cancelled = sophie.post(f"/approvals/{approval_id}/cancel")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"

    version = f'"{cancelled.json()["version"]}"'
    attempts = [
        marie.post(f"/approvals/{approval_id}/approve", json=DELIVERY, headers={"Idempotency-Key": "late"}),
        marie.post(f"/approvals/{approval_id}/reject", json={"reason": "Trop tard"}),
        marie.patch(f"/approvals/{approval_id}", json={"po_number": "X"}, headers={"If-Match": version}),
        sophie.post(f"/approvals/{approval_id}/cancel"),
    ]
    assert [(r.status_code, r.json()["error"]["code"]) for r in attempts] == [(409, "request_cancelled")] * 4
    assert marie.get("/orders").json()["items"] == []
    assert mail_to(sent_mail(), "sophie.roy@example.com") == []
