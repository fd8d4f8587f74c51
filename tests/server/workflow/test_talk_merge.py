"""Merging: marie places several pending requests of her customer as one order — lines summed per SKU, each
requester told, each request's history pointing at the order — all or nothing, exactly once per key, and with one
outcome when someone approves one of them at the same moment (PostgreSQL, several workers)."""

from __future__ import annotations

from functools import partial
from typing import Any
from uuid import uuid4

import httpx
import pytest

from lumen_server.testing import LiveServer, bearer
from tests.server.support import price_keys_in
from tests.server.workflow.support import at_once, body_of, mail_to, products

DELIVERY = {"method": "delivery"}


@pytest.fixture
def three_products(database):
    return products(database, 3)


@pytest.fixture
def two_requests(sign_in, three_products):
    shared, sophies, lucs = three_products
    sophie = sign_in("sophie.roy").send_for_approval((shared.sku, 4), (sophies.sku, 1))
    luc = sign_in("luc.gagnon").send_for_approval((lucs.sku, 2), (shared.sku, 6))
    return sophie, luc


def merge_body(*requests: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"requests": [{"id": r["id"], "version": r["version"]} for r in requests], "shipping": DELIVERY} | extra


def test_merging_places_one_order_with_lines_summed_per_sku(sign_in, two_requests, three_products, sent_mail):
    shared, sophies, lucs = three_products
    marie = sign_in("marie.tremblay")
    before = len(sent_mail())

    response = marie.post(
        "/inbox/merge", json=merge_body(*two_requests, po_number="PO-77"), headers={"Idempotency-Key": "m-1"}
    )

    assert response.status_code == 201, response.text
    order = response.json()
    assert [(line["sku"], line["quantity"]) for line in order["lines"]] == [
        (shared.sku, 10),
        (sophies.sku, 1),
        (lucs.sku, 2),
    ]
    assert order["po_number"] == "PO-77" and order["placed_by"]["username"] == "marie.tremblay"
    for request in two_requests:
        decided = marie.approval(request["id"]).json()
        assert (decided["status"], decided["order_number"]) == ("approved", order["number"])
        last = decided["history"][-1]
        assert (last["action"], last["details"]["order_number"]) == ("approved", order["number"])
        others = [r["id"] for r in two_requests if r is not request]
        assert last["details"]["merged_with"] == others

    new = sent_mail()[before:]
    for person in ("sophie.roy", "luc.gagnon"):
        (mail,) = mail_to(new, f"{person}@example.com")
        assert order["number"] in mail["Subject"] and order["number"] in body_of(mail)
        seen = sign_in(person).get(f"/orders/{order['number']}")
        assert seen.status_code == 200, seen.text  # each requester finds the order in their history
    assert price_keys_in(sign_in("luc.gagnon").get(f"/orders/{order['number']}").json()) == []
    assert sign_in("jean.dupuis").get(f"/orders/{order['number']}").status_code == 404


def test_a_retry_with_the_same_key_answers_the_same_order(sign_in, two_requests):
    marie = sign_in("marie.tremblay")
    body = merge_body(*two_requests)
    first = marie.post("/inbox/merge", json=body, headers={"Idempotency-Key": "m-2"})
    again = marie.post("/inbox/merge", json=body, headers={"Idempotency-Key": "m-2"})
    assert (first.status_code, again.status_code) == (201, 201), again.text
    assert again.json()["number"] == first.json()["number"]
    assert again.headers["Idempotent-Replayed"] == "true"
    numbers = [o["number"] for o in marie.get("/orders").json()["items"]]
    assert numbers.count(first.json()["number"]) == 1 and len(numbers) == len(set(numbers))


def test_one_request_no_longer_pending_places_nothing_and_is_named(sign_in, two_requests):
    sophies_request, lucs_request = two_requests
    marie = sign_in("marie.tremblay")
    assert sign_in("luc.gagnon").post(f"/approvals/{lucs_request['id']}/cancel").status_code == 200
    orders_before = marie.get("/orders").json()["items"]

    response = marie.post("/inbox/merge", json=merge_body(*two_requests))

    assert response.status_code == 409
    error = response.json()["error"]
    assert (error["code"], error["field"]) == ("merge_not_pending", "requests.1")
    assert "Luc Gagnon" in error["message"]
    assert marie.approval(sophies_request["id"]).json()["status"] == "pending"
    assert marie.get("/orders").json()["items"] == orders_before


def test_a_request_at_another_version_places_nothing(sign_in, two_requests):
    sophies_request, _ = two_requests
    marie = sign_in("marie.tremblay")
    edited = marie.patch(
        f"/approvals/{sophies_request['id']}", json={"job_name": "Tour B"}, headers={"If-Match": '"1"'}
    )
    assert edited.status_code == 200

    response = marie.post("/inbox/merge", json=merge_body(*two_requests), headers={"Accept-Language": "fr"})

    assert response.status_code == 409
    error = response.json()["error"]
    assert (error["code"], error["field"]) == ("merge_version_conflict", "requests.0")
    assert "Sophie Roy" in error["message"] and "version 2" in error["message"]
    for request in two_requests:
        assert marie.approval(request["id"]).json()["status"] == "pending"


def test_only_the_approver_addressed_merges_and_at_least_two_distinct(sign_in, two_requests):
    body = merge_body(*two_requests)
    assert sign_in("jean.dupuis").post("/inbox/merge", json=body).json()["error"]["field"] == "requests.0.id"
    assert sign_in("sophie.roy").post("/inbox/merge", json=body).status_code == 403
    marie = sign_in("marie.tremblay")
    alone = marie.post("/inbox/merge", json=merge_body(two_requests[0]))
    assert (alone.status_code, alone.json()["error"]["field"]) == (422, "requests")
    twice = marie.post("/inbox/merge", json=merge_body(two_requests[0], two_requests[0]))
    assert (twice.status_code, twice.json()["error"]["code"]) == (422, "merge_duplicate")
    for request in two_requests:
        assert marie.approval(request["id"]).json()["status"] == "pending"


ROUNDS = 4


def merge_and_approve_at_once(
    server: LiveServer, marie: dict[str, str], requests: list[dict[str, object]], tag: str
) -> dict[str, httpx.Response]:
    """Marie merges both requests and approves the second alone, from two connections released together."""
    calls = {
        "merge": ("/api/v1/inbox/merge", merge_body(*requests)),
        "approve": (f"/api/v1/approvals/{requests[1]['id']}/approve", {"shipping": DELIVERY}),
    }

    def post(own: httpx.Client, name: str, path: str, body: dict[str, Any]) -> httpx.Response:
        return own.post(path, json=body, headers=marie | {"Idempotency-Key": f"{tag}-{name}"})

    return at_once(
        server, {name: partial(post, name=name, path=path, body=body) for name, (path, body) in calls.items()}
    )


def test_merge_racing_an_approval_has_exactly_one_outcome(running_service):
    live_server, database = running_service
    first, second = products(database, 2)
    with httpx.Client(base_url=live_server.address, timeout=60) as http:
        sophie, luc = bearer(http, "sophie.roy"), bearer(http, "luc.gagnon")
        marie = bearer(http, "marie.tremblay")
        for _ in range(ROUNDS):
            requests = []
            for person, product in ((sophie, first), (luc, second)):
                http.post("/api/v1/cart/lines", json={"lines": [{"sku": product.sku, "quantity": 1}]}, headers=person)
                requests.append(http.post("/api/v1/cart/submit-for-approval", headers=person).json())

            answers = merge_and_approve_at_once(live_server, marie, requests, f"race-{uuid4().hex}")

            statuses = {name: answer.status_code for name, answer in answers.items()}
            assert sorted(statuses.values()) == [201, 409], {n: a.text for n, a in answers.items()}
            states = [http.get(f"/api/v1/approvals/{r['id']}", headers=marie).json() for r in requests]
            if statuses["merge"] == 201:
                number = answers["merge"].json()["number"]
                assert [s["order_number"] for s in states] == [number, number]
                assert answers["approve"].json()["error"]["code"] == "already_decided"
            else:
                assert answers["merge"].json()["error"]["field"] == "requests.1"
                assert states[0]["status"] == "pending"  # nothing of the merge was kept
                assert states[1]["order_number"] == answers["approve"].json()["number"]
                http.post(f"/api/v1/approvals/{requests[0]['id']}/reject", json={"reason": "race"}, headers=marie)
