"""A requester sends the cart to their approver: the request keeps the lines as sent, the cart empties, the
approver is e-mailed; buyers and requesters without a usable approver are refused."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import update

from lumen_server.auth.models import User
from tests.server.workflow.support import body_of, mail_to, products


def test_sending_the_cart_creates_a_pending_request_and_empties_the_cart(sign_in, database, sent_mail):
    sophie = sign_in("sophie.roy")
    first, second = products(database, 2)
    sophie.patch("/cart", json={"po_number": "PO-778", "job_name": "Rue Ontario"})
    sophie.fill_cart((first.sku, 3), (second.sku, 5))

    response = sophie.post("/cart/submit-for-approval", json={"note": "Pour lundi, svp."})

    assert response.status_code == 201, response.text
    request = response.json()
    assert request["status"] == "pending"
    assert request["version"] == 1
    assert response.headers["ETag"] == '"1"'
    assert request["approver"]["full_name"] == "Marie Tremblay"
    assert request["requester"]["username"] == "sophie.roy"
    assert request["note"] == "Pour lundi, svp."
    assert (request["po_number"], request["job_name"]) == ("PO-778", "Rue Ontario")
    assert [(line["sku"], line["quantity"]) for line in request["lines"]] == [(first.sku, 3), (second.sku, 5)]
    assert [(line["sku"], line["quantity"]) for line in request["requested_lines"]] == [(first.sku, 3), (second.sku, 5)]
    assert request["changes"] == []
    assert [entry["action"] for entry in request["history"]] == ["created"]
    assert "total" in request  # sophie may see prices

    cart = sophie.get("/cart").json()
    assert cart["lines"] == [] and cart["po_number"] is None

    (mail,) = mail_to(sent_mail(), "marie.tremblay@example.com")
    text = body_of(mail)
    assert mail["Subject"] == "Une commande attend votre approbation (Sophie Roy)"
    assert "2 lignes" in text and first.sku in text and second.sku in text
    assert "Pour lundi, svp." in text
    assert "Lumen Desktop" in text and "http" not in text
    assert "$" in text  # marie may see prices: the amounts are there


def test_a_buyer_cannot_send_for_approval(sign_in, database):
    jean = sign_in("jean.dupuis")
    (product,) = products(database, 1)
    jean.fill_cart((product.sku, 1))

    response = jean.post("/cart/submit-for-approval", json={})

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "not_a_requester"
    assert len(jean.get("/cart").json()["lines"]) == 1


def test_an_empty_cart_cannot_be_sent(sign_in):
    response = sign_in("luc.gagnon").post("/cart/submit-for-approval")

    assert response.status_code == 422
    assert response.json()["error"]["code"] == "cart_empty"


def test_a_requester_whose_approver_left_is_told_so(sign_in, database, sent_mail):
    luc = sign_in("luc.gagnon")
    (product,) = products(database, 1)
    luc.fill_cart((product.sku, 2))
    with database.session() as session:
        session.execute(update(User).where(User.username == "marie.tremblay").values(active=False))

    response = luc.post("/cart/submit-for-approval", json={"note": "x"})

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "approver_unavailable"
    assert len(luc.get("/cart").json()["lines"]) == 1
    assert sent_mail() == []


def test_a_note_over_1000_characters_is_refused(sign_in, database):
    luc = sign_in("luc.gagnon")
    (product,) = products(database, 1)
    luc.fill_cart((product.sku, 2))

    response = luc.post("/cart/submit-for-approval", json={"note": "x" * 1001})

    assert response.status_code == 422
    assert response.json()["error"] | {"message": ""} == {"code": "too_long", "field": "note", "message": ""}


def test_a_requester_whose_approver_got_an_order_limit_is_told_the_approver_is_unavailable(
    sign_in, database, sent_mail
) -> None:
    # A buyer with a limit of their own sends big carts on; they are nobody's approver (as the account form says).
    luc = sign_in("luc.gagnon")
    (product,) = products(database, 1)
    luc.fill_cart((product.sku, 2))
    with database.session() as session:
        session.execute(update(User).where(User.username == "marie.tremblay").values(order_limit=Decimal(500)))

    response = luc.post("/cart/submit-for-approval", json={"note": "x"})

    assert (response.status_code, response.json()["error"]["code"]) == (409, "approver_unavailable")
    assert len(luc.get("/cart").json()["lines"]) == 1
    assert sent_mail() == []
