"""The approver edits a pending request: needs the version read (If-Match), a stale one is 409 and overwrites
nothing (invariant 5), lines are replaced all or nothing, and the history says who changed what."""

from __future__ import annotations

import pytest

from lumen_server.catalog.models import Product
from tests.server.workflow.support import products


@pytest.fixture
def request_of_sophie(sign_in, database):
    first, second, third = products(database, 3)
    approval = sign_in("sophie.roy").send_for_approval((first.sku, 10), (second.sku, 2))
    return approval["id"], (first, second, third)


def test_an_edit_replaces_the_lines_and_the_history_says_what_changed(sign_in, request_of_sophie):
    approval_id, (first, second, third) = request_of_sophie
    marie = sign_in("marie.tremblay")
    etag = marie.approval(approval_id).headers["ETag"]

    response = marie.patch(
        f"/approvals/{approval_id}",
        json={"lines": [{"sku": first.sku, "quantity": 6}, {"sku": third.sku, "quantity": 1}], "po_number": "PO-9"},
        headers={"If-Match": etag},
    )

    assert response.status_code == 200, response.text
    edited = response.json()
    assert edited["version"] == 2 and response.headers["ETag"] == '"2"'
    assert [(line["sku"], line["quantity"]) for line in edited["lines"]] == [(first.sku, 6), (third.sku, 1)]
    assert edited["po_number"] == "PO-9"
    assert [(c["sku"], c["change"], c["requested_quantity"], c["quantity"]) for c in edited["changes"]] == [
        (first.sku, "changed", 10, 6),
        (third.sku, "added", None, 1),
        (second.sku, "removed", 2, None),
    ]
    edit = edited["history"][-1]
    assert (edit["action"], edit["version"], edit["actor"]["username"]) == ("edited", 2, "marie.tremblay")
    assert edit["details"]["lines"] == [
        {"sku": first.sku, "change": "changed", "old": 10, "new": 6},
        {"sku": third.sku, "change": "added", "old": None, "new": 1},
        {"sku": second.sku, "change": "removed", "old": 2, "new": None},
    ]
    assert edit["details"]["po_number"] == {"old": None, "new": "PO-9"}

    # The requester sees the same changes, and still the lines as sent.
    seen_by_sophie = sign_in("sophie.roy").approval(approval_id).json()
    assert seen_by_sophie["changes"] == edited["changes"]
    assert [(line["sku"], line["quantity"]) for line in seen_by_sophie["requested_lines"]] == [
        (first.sku, 10),
        (second.sku, 2),
    ]


def test_an_edit_without_if_match_is_refused_with_428(sign_in, request_of_sophie):
    approval_id, _ = request_of_sophie

    response = sign_in("marie.tremblay").patch(f"/approvals/{approval_id}", json={"po_number": "PO-1"})

    assert response.status_code == 428
    assert response.json()["error"]["code"] == "precondition_required"


def test_two_edits_read_at_the_same_version_one_wins_the_other_gets_409(sign_in, request_of_sophie):
    approval_id, (first, _, _) = request_of_sophie
    marie = sign_in("marie.tremblay")
    etag = marie.approval(approval_id).headers["ETag"]

    winner = marie.patch(
        f"/approvals/{approval_id}", json={"lines": [{"sku": first.sku, "quantity": 7}]}, headers={"If-Match": etag}
    )
    loser = marie.patch(f"/approvals/{approval_id}", json={"job_name": "Autre chantier"}, headers={"If-Match": etag})

    assert winner.status_code == 200
    assert loser.status_code == 409
    error = loser.json()["error"]
    assert (error["code"], error["current_version"]) == ("version_conflict", 2)
    assert loser.headers["ETag"] == '"2"'
    now = marie.approval(approval_id).json()
    assert now["job_name"] is None and now["version"] == 2
    assert [(line["sku"], line["quantity"]) for line in now["lines"]] == [(first.sku, 7)]


def test_bad_lines_change_nothing_and_name_every_bad_line(sign_in, database, request_of_sophie):
    approval_id, (first, _, _) = request_of_sophie
    (boxed,) = products(database, 1, Product.sale_multiple > 1)
    marie = sign_in("marie.tremblay")

    response = marie.patch(
        f"/approvals/{approval_id}",
        json={
            "lines": [
                {"sku": first.sku, "quantity": 0},
                {"sku": "NO-SUCH-SKU", "quantity": 1},
                {"sku": boxed.sku, "quantity": boxed.sale_multiple + 1},
            ]
        },
        headers={"If-Match": '"1"'},
    )

    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_lines"
    assert [(line["index"], line["code"]) for line in error["lines"]] == [
        (0, "quantity_not_positive"),
        (1, "unknown_sku"),
        (2, "not_a_multiple"),
    ]
    unchanged = marie.approval(approval_id).json()
    assert unchanged["version"] == 1 and len(unchanged["lines"]) == 2


@pytest.mark.parametrize(
    ("body", "code", "field"),
    [
        ({"lines": []}, "too_short", "lines"),
        ({"po_number": "P" * 41}, "too_long", "po_number"),
        ({"lines": [{"sku": "X", "quantity": 1.5}]}, "invalid_lines", "lines"),
        ({"colour": "red"}, "unknown_field", "colour"),
    ],
)
def test_malformed_edits_are_422_naming_the_field(sign_in, request_of_sophie, body, code, field):
    approval_id, _ = request_of_sophie

    response = sign_in("marie.tremblay").patch(f"/approvals/{approval_id}", json=body, headers={"If-Match": '"1"'})

    assert response.status_code == 422
    assert (response.json()["error"]["code"], response.json()["error"]["field"]) == (code, field)


def test_malformed_json_is_422(sign_in, request_of_sophie):
    approval_id, _ = request_of_sophie

    response = sign_in("marie.tremblay").patch(
        f"/approvals/{approval_id}",
        content=b"{lines: ",
        headers={"If-Match": '"1"', "Content-Type": "application/json"},
    )

    assert response.status_code == 422
    assert response.json()["error"]["code"] == "malformed_json"
