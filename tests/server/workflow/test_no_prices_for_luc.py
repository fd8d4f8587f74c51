"""Invariant 1: luc.gagnon may not see prices — no price key in any approvals or inbox answer to him, and no
amount in any e-mail he receives, whether his request is approved or rejected."""

from __future__ import annotations

from sqlalchemy import update

from lumen_server.auth.models import User
from tests.server.support import price_keys_in
from tests.server.workflow.support import DOLLAR_AMOUNT, body_of, mail_to, products

DELIVERY = {"shipping": {"method": "delivery"}}


def test_no_answer_to_luc_carries_a_price_key(sign_in, database):
    first, second = products(database, 2)
    luc, marie = sign_in("luc.gagnon"), sign_in("marie.tremblay")
    luc.fill_cart((first.sku, 3))
    answers = [luc.post("/cart/submit-for-approval", json={"note": "Urgent"})]
    approval_id = answers[0].json()["id"]
    marie.patch(
        f"/approvals/{approval_id}",
        json={"lines": [{"sku": first.sku, "quantity": 5}, {"sku": second.sku, "quantity": 1}]},
        headers={"If-Match": '"1"'},
    )
    answers += [
        luc.get("/approvals"),
        luc.get("/approvals", params={"role": "requester", "status": "pending"}),
        luc.approval(approval_id),
        luc.get("/inbox/summary"),
        luc.post("/inbox/seen"),
    ]
    luc.fill_cart((second.sku, 2))
    other = luc.post("/cart/submit-for-approval").json()["id"]
    answers += [luc.post(f"/approvals/{other}/cancel"), luc.get("/approvals", params={"status": "cancelled"})]

    for answer in answers:
        assert answer.status_code in (200, 201), answer.text
        assert price_keys_in(answer.json()) == [], answer.request.url
    # The same request seen by marie, who may see prices, does carry them: the check above is not vacuous.
    assert price_keys_in(marie.approval(approval_id).json()) != []


def test_the_walker_finds_price_keys_where_they_hide():
    assert price_keys_in({"lines": [{"sku": "A", "price_unit": 100, "unit_price": "1.00"}], "taxes": []}) == [
        "$.lines[0].unit_price",
        "$.taxes",
    ]


def test_no_amount_in_any_mail_to_luc_approved_or_rejected(sign_in, database, sent_mail):
    first, second = products(database, 2)
    luc, marie = sign_in("luc.gagnon"), sign_in("marie.tremblay")
    approved = luc.send_for_approval((first.sku, 2), (second.sku, 3))["id"]
    marie.patch(
        f"/approvals/{approved}", json={"lines": [{"sku": first.sku, "quantity": 4}]}, headers={"If-Match": '"1"'}
    )
    assert marie.post(f"/approvals/{approved}/approve", json=DELIVERY).status_code == 201
    rejected = luc.send_for_approval((second.sku, 1))["id"]
    assert marie.post(f"/approvals/{rejected}/reject", json={"reason": "Pas ce mois-ci"}).status_code == 200

    to_luc = mail_to(sent_mail(), "luc.gagnon@example.com")
    assert len(to_luc) == 2
    for mail in to_luc:
        text = f"{mail['Subject']}\n{body_of(mail)}"
        assert DOLLAR_AMOUNT.search(text) is None, text
        assert "$" not in text
    # marie's "awaits your approval" e-mails do show amounts (she may see prices): the check is not vacuous.
    to_marie = mail_to(sent_mail(), "marie.tremblay@example.com")
    assert to_marie and all(DOLLAR_AMOUNT.search(body_of(mail)) for mail in to_marie)


def test_an_approver_who_may_not_see_prices_gets_no_amount(sign_in, database, sent_mail):
    with database.session() as session:
        session.execute(update(User).where(User.username == "marie.tremblay").values(can_see_prices=False))
    (product,) = products(database, 1)
    sign_in("sophie.roy").send_for_approval((product.sku, 2))

    (mail,) = mail_to(sent_mail(), "marie.tremblay@example.com")
    assert DOLLAR_AMOUNT.search(body_of(mail)) is None
    listed = sign_in("marie.tremblay").get("/approvals").json()
    assert price_keys_in(listed) == []
