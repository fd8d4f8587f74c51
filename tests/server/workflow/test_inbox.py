"""The inbox summary a desktop polls: three counts, a 304 while nothing changed, a new ETag as soon as anything
does, and "decided since last seen" reset by POST /inbox/seen."""

from __future__ import annotations

from tests.server.workflow.support import products


def test_the_summary_answers_304_until_a_new_request_arrives(sign_in, database):
    (product,) = products(database, 1)
    marie, luc = sign_in("marie.tremblay"), sign_in("luc.gagnon")

    first = marie.get("/inbox/summary")
    assert first.status_code == 200
    summary = first.json()
    assert (summary["pending_for_me"], summary["my_pending"], summary["my_decided_since_last_seen"]) == (0, 0, 0)
    assert first.headers["ETag"] == summary["etag"]

    unchanged = marie.get("/inbox/summary", headers={"If-None-Match": summary["etag"]})
    assert unchanged.status_code == 304
    assert unchanged.content == b""

    luc.send_for_approval((product.sku, 1))

    changed = marie.get("/inbox/summary", headers={"If-None-Match": summary["etag"]})
    assert changed.status_code == 200
    assert changed.json()["pending_for_me"] == 1
    assert changed.headers["ETag"] != summary["etag"]
    assert luc.get("/inbox/summary").json()["my_pending"] == 1


def test_an_edit_changes_the_etag_though_no_count_moves(sign_in, database):
    (product,) = products(database, 1)
    approval_id = sign_in("luc.gagnon").send_for_approval((product.sku, 1))["id"]
    marie = sign_in("marie.tremblay")
    before = marie.get("/inbox/summary").headers["ETag"]

    marie.patch(f"/approvals/{approval_id}", json={"job_name": "Chantier B"}, headers={"If-Match": '"1"'})

    assert marie.get("/inbox/summary", headers={"If-None-Match": before}).status_code == 200


def test_decided_requests_count_until_the_requester_has_seen_them(sign_in, database):
    (product,) = products(database, 1)
    luc, marie = sign_in("luc.gagnon"), sign_in("marie.tremblay")
    approved = luc.send_for_approval((product.sku, 1))["id"]
    rejected = luc.send_for_approval((product.sku, 2))["id"]
    marie.post(f"/approvals/{approved}/approve", json={"shipping": {"method": "delivery"}})
    marie.post(f"/approvals/{rejected}/reject", json={"reason": "Doublon"})

    summary = luc.get("/inbox/summary").json()
    assert (summary["my_pending"], summary["my_decided_since_last_seen"]) == (0, 2)

    seen = luc.post("/inbox/seen")
    assert seen.status_code == 200
    assert seen.json()["my_decided_since_last_seen"] == 0
    assert seen.headers["ETag"] != summary["etag"]
    assert luc.get("/inbox/summary", headers={"If-None-Match": seen.headers["ETag"]}).status_code == 304
    assert marie.get("/inbox/summary").json()["pending_for_me"] == 0
