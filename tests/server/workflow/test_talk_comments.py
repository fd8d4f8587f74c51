"""Talk on a request: its requester and approver write short comments (validated), each in the history and
e-mailed to the other side; a decided request's thread is read-only; nobody else reads or writes it; no amount
ever reaches luc, who may not see prices."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from lumen_server.app import create_app
from lumen_server.testing import bearer
from tests.server.helpers_catalog import database_of
from tests.server.support import price_keys_in
from tests.server.workflow.support import DOLLAR_AMOUNT, Person, body_of, mail_to, products


@pytest.fixture
def sophies_request(sign_in, database):
    first, second = products(database, 2)
    return sign_in("sophie.roy").send_for_approval((first.sku, 4), (second.sku, 1))["id"]


def comments_of(person: Person, approval_id: int) -> dict[str, Any]:
    response = person.get(f"/approvals/{approval_id}/comments")
    assert response.status_code == 200, response.text
    comments: dict[str, Any] = response.json()
    return comments


def test_requester_and_approver_talk_newest_at_the_bottom(sign_in, sophies_request):
    sophie, marie = sign_in("sophie.roy"), sign_in("marie.tremblay")

    asked = sophie.post(f"/approvals/{sophies_request}/comments", json={"text": "  Needed Friday, please.\n"})
    answered = marie.post(f"/approvals/{sophies_request}/comments", json={"text": "Fine.\r\nI'll place it Thursday."})

    assert (asked.status_code, answered.status_code) == (201, 201), answered.text
    assert asked.json()["text"] == "Needed Friday, please."
    for person in (sophie, marie):
        thread = comments_of(person, sophies_request)
        assert thread["may_comment"] is True
        assert [(c["author"]["username"], c["text"]) for c in thread["items"]] == [
            ("sophie.roy", "Needed Friday, please."),
            ("marie.tremblay", "Fine.\nI'll place it Thursday."),
        ]
    history = marie.approval(sophies_request).json()["history"]
    assert [(h["action"], h["actor"]["username"]) for h in history[-2:]] == [
        ("commented", "sophie.roy"),
        ("commented", "marie.tremblay"),
    ]
    assert history[-1]["details"]["text"] == "Fine.\nI'll place it Thursday."


def test_a_comment_is_no_edit_the_version_stays(sign_in, sophies_request):
    marie = sign_in("marie.tremblay")
    before = marie.approval(sophies_request).json()
    marie.post(f"/approvals/{sophies_request}/comments", json={"text": "Checking stock."})
    after = marie.approval(sophies_request).json()
    assert after["version"] == before["version"]
    assert after["updated_at"] > before["updated_at"]  # lists and the inbox summary see news


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "comment_required"),
        ("   \n\t ", "comment_required"),
        ("x" * 1001, "too_long"),
        ("bell\x07", "control_character"),
        ("escape \x1b[31m red", "control_character"),
        ("line\u2028separator", "control_character"),
    ],
)
def test_bad_text_is_refused_in_the_callers_language_and_nothing_is_kept(sign_in, sophies_request, text, code):
    sophie = sign_in("sophie.roy")
    response = sophie.post(f"/approvals/{sophies_request}/comments", json={"text": text})
    assert response.status_code == 422
    error = response.json()["error"]
    assert (error["code"], error["field"]) == (code, "text")
    french = sophie.post(
        f"/approvals/{sophies_request}/comments", json={"text": text}, headers={"Accept-Language": "fr"}
    ).json()["error"]["message"]
    assert french != error["message"]
    assert comments_of(sophie, sophies_request)["items"] == []


def test_exactly_1000_characters_over_several_lines_is_fine(sign_in, sophies_request):
    text = "\n".join(["a" * 99] * 10)
    assert len(text) == 999
    response = sign_in("sophie.roy").post(f"/approvals/{sophies_request}/comments", json={"text": text + "b"})
    assert response.status_code == 201, response.text


def test_nobody_else_reads_or_writes_the_thread(sign_in, sophies_request):
    for outsider in ("jean.dupuis", "luc.gagnon", "paul.bergeron"):
        person = sign_in(outsider)
        assert person.get(f"/approvals/{sophies_request}/comments").status_code == 404
        written = person.post(f"/approvals/{sophies_request}/comments", json={"text": "hello"})
        assert written.status_code == 404
        assert written.json()["error"]["code"] == "approval_not_found"
    assert comments_of(sign_in("sophie.roy"), sophies_request)["items"] == []


def test_a_decided_request_keeps_its_thread_read_only(sign_in, sophies_request):
    sophie, marie = sign_in("sophie.roy"), sign_in("marie.tremblay")
    sophie.post(f"/approvals/{sophies_request}/comments", json={"text": "Before the decision."})
    assert marie.post(f"/approvals/{sophies_request}/reject", json={"reason": "Over budget"}).status_code == 200

    late = sophie.post(f"/approvals/{sophies_request}/comments", json={"text": "But why?"})

    assert late.status_code == 409
    assert late.json()["error"]["code"] == "already_decided"
    thread = comments_of(marie, sophies_request)
    assert thread["may_comment"] is False
    assert [c["text"] for c in thread["items"]] == ["Before the decision."]


def test_each_comment_is_mailed_to_the_other_side_only(sign_in, sophies_request, sent_mail):
    sophie, marie = sign_in("sophie.roy"), sign_in("marie.tremblay")
    before = len(sent_mail())

    sophie.post(f"/approvals/{sophies_request}/comments", json={"text": "Needed Friday, please."})
    marie.post(f"/approvals/{sophies_request}/comments", json={"text": "Fine, Thursday."})

    new = sent_mail()[before:]
    assert len(new) == 2
    (to_marie,) = mail_to(new, "marie.tremblay@example.com")
    (to_sophie,) = mail_to(new, "sophie.roy@example.com")
    assert "Sophie Roy" in to_marie["Subject"] and "Needed Friday, please." in body_of(to_marie)
    assert "Marie Tremblay" in to_sophie["Subject"] and "Fine, Thursday." in body_of(to_sophie)
    assert DOLLAR_AMOUNT.search(body_of(to_marie))  # she sees prices: the request's subtotal


def test_luc_gets_the_comment_and_no_amount_by_smtp(api_settings, mail_sink):
    settings = api_settings.model_copy(update={"smtp_url": mail_sink.url})
    with TestClient(create_app(settings), headers={"Accept-Language": "en"}) as api:
        (product,) = products(database_of(api), 1)
        luc = Person("luc.gagnon", api, bearer(api, "luc.gagnon"))
        marie = Person("marie.tremblay", api, bearer(api, "marie.tremblay"))
        approval_id = luc.send_for_approval((product.sku, 12))["id"]
        assert price_keys_in(comments_of(luc, approval_id)) == []

        marie.post(f"/approvals/{approval_id}/comments", json={"text": "Is 12 enough for the whole floor?"})

    mail = mail_sink.wait_for(lambda m: "luc.gagnon@" in str(m["To"]) and "12 enough" in body_of(m))
    text = body_of(mail)
    assert "Marie Tremblay" in text and "Is 12 enough for the whole floor?" in text
    assert not DOLLAR_AMOUNT.search(text), text
    to_marie = [m for m in mail_sink.messages if "marie.tremblay@" in str(m["To"])]
    assert to_marie and DOLLAR_AMOUNT.search(body_of(to_marie[0]))  # her request e-mail, priced: the test can fail
