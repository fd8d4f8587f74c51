"""The whole seed story, over HTTP against a running service whose mail goes to a real SMTP server:

an account is requested for a new requester, created by the e-commerce staff, its credentials e-mailed; the new
user changes the password, fills a cart, cannot check out, sends it for approval; marie is e-mailed, edits a
quantity and places the order; the requester is e-mailed the order number; the order is in both histories.
"""

from __future__ import annotations

import httpx

from lumen_server.testing import LiveServer, bearer, copy_database, database_for
from tests.server.workflow.support import body_of, credentials_in, products


def test_from_account_request_to_approved_order(demo_template, tmp_path, mail_sink):
    database_path = copy_database(demo_template, tmp_path / "story")
    first, second = products(database_for(database_path), 2)
    with LiveServer(database_path, smtp_url=mail_sink.url) as server, httpx.Client(base_url=server.address) as http:
        api = "/api/v1"

        # A contractor's employee asks for an account that orders for marie's approval.
        form = {
            "customer_number": "100234",
            "first_name": "Émilie",
            "last_name": "Bélanger",
            "email": "emilie.belanger@example.com",
            "language": "fr",
            "permission": "order_for_approval",
            "can_see_prices": True,
            "approver_email": "marie.tremblay@example.com",
            "channel": "web",
        }
        assert http.post(f"{api}/account-requests", json=form).status_code == 201
        received = mail_sink.wait_for(lambda m: m["To"] == form["email"])
        assert "72 heures" in body_of(received)  # the acknowledgement, in the form's language

        # The e-commerce staff find it in their queue and approve it: the answer names the username only.
        staff = bearer(http, "ecomm")
        queue = http.get(f"{api}/account-requests", params={"status": "pending"}, headers=staff).json()["items"]
        (request,) = [item for item in queue if item["email"] == form["email"]]
        approved = http.post(f"{api}/account-requests/{request['id']}/approve", headers=staff)
        assert approved.status_code == 200 and set(approved.json()) == {"username"}

        # The credentials arrive by e-mail, in French.
        credentials = mail_sink.wait_for(lambda m: m["To"] == form["email"] and m["Subject"] == "Votre compte Lumen.ca")
        username, password = credentials_in(credentials)
        assert username == approved.json()["username"] == "emilie.belanger"

        # First sign-in: nothing works before the password is changed.
        emilie = bearer(http, username, password)
        blocked = http.get(f"{api}/cart", headers=emilie)
        assert (blocked.status_code, blocked.json()["error"]["code"]) == (403, "password_change_required")
        changed = http.post(
            f"{api}/auth/password",
            json={"current_password": password, "new_password": "Mon-nouveau-mot-de-passe-2026"},
            headers=emilie,
        )
        assert changed.status_code in (200, 204), changed.text
        emilie = bearer(http, username, "Mon-nouveau-mot-de-passe-2026")

        # She fills a cart; checking out is refused: her orders go to marie.
        lines = {"lines": [{"sku": first.sku, "quantity": 10}, {"sku": second.sku, "quantity": 2}]}
        assert http.post(f"{api}/cart/lines", json=lines, headers=emilie).status_code == 200
        checkout = http.post(f"{api}/cart/checkout", json={"shipping": {"method": "delivery"}}, headers=emilie)
        assert (checkout.status_code, checkout.json()["error"]["code"]) == (403, "approval_required")
        sent = http.post(f"{api}/cart/submit-for-approval", json={"note": "Pour le chantier Fleury"}, headers=emilie)
        assert sent.status_code == 201, sent.text
        approval_id = sent.json()["id"]

        # Marie is told by e-mail, opens the request, changes a quantity and places the order.
        to_marie = mail_sink.wait_for(lambda m: m["To"] == "marie.tremblay@example.com")
        assert "Émilie Bélanger" in body_of(to_marie) and "Pour le chantier Fleury" in body_of(to_marie)
        marie = bearer(http, "marie.tremblay")
        opened = http.get(f"{api}/approvals/{approval_id}", headers=marie)
        edit = {"lines": [{"sku": first.sku, "quantity": 20}, {"sku": second.sku, "quantity": 2}]}
        edited = http.patch(
            f"{api}/approvals/{approval_id}", json=edit, headers=marie | {"If-Match": opened.headers["ETag"]}
        )
        assert edited.status_code == 200, edited.text
        placed = http.post(
            f"{api}/approvals/{approval_id}/approve",
            json={"job_name": "Fleury", "shipping": {"method": "pickup", "branch": "MTL"}},
            headers=marie | {"Idempotency-Key": f"approve-{approval_id}"},
        )
        assert placed.status_code == 201, placed.text
        number = placed.json()["number"]

        # Émilie is told the order number and what marie changed.
        to_emilie = mail_sink.wait_for(lambda m: m["To"] == form["email"] and number in str(m["Subject"]))
        assert number in body_of(to_emilie) and "10 → 20" in body_of(to_emilie)

        # The order is in both histories.
        for person in (marie, emilie):
            history = http.get(f"{api}/orders", headers=person).json()["items"]
            assert number in [order["number"] for order in history]
        mine = http.get(f"{api}/approvals", headers=emilie).json()["items"]
        assert [(item["id"], item["status"], item["order_number"]) for item in mine] == [
            (approval_id, "approved", number)
        ]
