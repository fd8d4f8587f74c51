"""Order templates ("Modèles de commande"): lists a customer's users save, share and put back in their cart."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from lumen_server.approvals.models import ApprovalLine, ApprovalRequest
from lumen_server.auth.models import User
from lumen_server.catalog.models import Product


def lines_of(document: dict[str, Any]) -> list[tuple[str, int]]:
    return [(line["sku"], line["quantity"]) for line in document["lines"]]


def test_marie_saves_a_template_renames_it_changes_its_lines_and_deletes_it(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    box, wire = catalog.each(), catalog.wire_per_m()

    created = marie.post("/templates", json={"name": "  Salle de bain  ", "lines": [{"sku": box.sku, "quantity": 4}]})
    assert created.status_code == 201, created.text
    template = created.json()
    assert (template["name"], template["kind"], lines_of(template)) == ("Salle de bain", "template", [(box.sku, 4)])
    assert template["owner"]["username"] == "marie.tremblay" and "subtotal" in template

    changed = marie.put(
        f"/templates/{template['id']}",
        json={"name": "Salle de bain (standard)", "lines": [{"sku": wire.sku, "quantity": 150}]},
    ).json()
    assert (changed["name"], lines_of(changed)) == ("Salle de bain (standard)", [(wire.sku, 150)])
    assert marie.get(f"/templates/{template['id']}").json() == changed

    renamed_only = marie.put(f"/templates/{template['id']}", json={"name": "SdB"}).json()
    assert lines_of(renamed_only) == [(wire.sku, 150)]

    listed = marie.get("/templates").json()["items"]
    assert [(t["kind"], t["id"], t["name"], t["line_count"]) for t in listed] == [
        ("template", template["id"], "SdB", 1)
    ]

    assert marie.delete(f"/templates/{template['id']}").status_code == 204
    assert marie.get(f"/templates/{template['id']}").status_code == 404
    assert marie.get("/templates").json()["items"] == []


def test_templates_are_listed_by_name_whatever_their_case(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    for name in ("Garage", "atelier", "Bureau"):
        created = marie.post("/templates", json={"name": name, "lines": [{"sku": catalog.each().sku, "quantity": 1}]})
        assert created.status_code == 201, created.text

    listed = marie.get("/templates").json()["items"]

    assert [t["name"] for t in listed] == ["atelier", "Bureau", "Garage"]


def test_a_template_from_the_cart_then_added_back_to_a_cart(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    box, wire = catalog.each(), catalog.wire_per_m()
    marie.fill_cart((box.sku, 2), (wire.sku, 250))

    template = marie.post("/templates", json={"name": "Cuisine", "from_cart": True}).json()
    marie.delete("/cart")
    marie.put(f"/cart/lines/{box.sku}", json={"quantity": 1})
    added = marie.post(f"/templates/{template['id']}/add-to-cart")

    assert lines_of(template) == [(box.sku, 2), (wire.sku, 250)]
    assert added.status_code == 200
    assert added.json()["skipped"] == []
    assert lines_of(added.json()["cart"]) == [(box.sku, 3), (wire.sku, 250)]


def test_templates_are_shared_by_the_customers_users_and_hidden_from_other_customers(sign_in, catalog):
    marie, jean, paul = sign_in("marie.tremblay"), sign_in("jean.dupuis"), sign_in("paul.bergeron")
    box = catalog.each()
    template = marie.post("/templates", json={"name": "Entrée 200 A", "lines": [{"sku": box.sku, "quantity": 1}]})
    template_id = template.json()["id"]

    assert [t["id"] for t in jean.get("/templates").json()["items"]] == [template_id]
    assert jean.get(f"/templates/{template_id}").status_code == 200
    assert paul.get("/templates").json()["items"] == []
    for response in (
        paul.get(f"/templates/{template_id}"),
        paul.put(f"/templates/{template_id}", json={"name": "Mine now"}),
        paul.post(f"/templates/{template_id}/add-to-cart"),
        paul.delete(f"/templates/{template_id}"),
    ):
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "template_not_found"
    assert marie.get(f"/templates/{template_id}").json()["name"] == "Entrée 200 A"
    assert paul.cart()["lines"] == []


def test_a_template_needs_a_name_and_valid_lines(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    box = catalog.each()
    good_lines = [{"sku": box.sku, "quantity": 1}]

    cases = [
        ({"lines": good_lines}, "name", "field_required"),
        ({"name": "   ", "lines": good_lines}, "name", "too_short"),
        ({"name": "n" * 101, "lines": good_lines}, "name", "too_long"),
        ({"name": "Empty"}, "lines", "field_required"),
        ({"name": "Empty", "lines": []}, "lines", "no_lines"),
        ({"name": "Empty cart", "from_cart": True}, "from_cart", "cart_empty"),
        ({"name": "Both", "lines": good_lines, "from_cart": True}, "from_cart", "lines_or_from_cart"),
        ({"name": "Bad", "lines": [{"sku": box.sku, "quantity": 0}]}, "lines", "invalid_lines"),
    ]
    for body, field, code in cases:
        response = marie.post("/templates", json=body)
        assert response.status_code == 422, body
        assert (response.json()["error"]["field"], response.json()["error"]["code"]) == (field, code), body
    assert marie.get("/templates").json()["items"] == []


def test_changing_a_templates_lines_is_all_or_nothing(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    box, wire = catalog.each(), catalog.wire_per_m()
    template = marie.post("/templates", json={"name": "T", "lines": [{"sku": box.sku, "quantity": 1}]}).json()

    response = marie.put(
        f"/templates/{template['id']}",
        json={"name": "Renamed", "lines": [{"sku": wire.sku, "quantity": 10}, {"sku": "NOPE-404", "quantity": 1}]},
    )

    assert response.status_code == 422
    assert [(e["index"], e["code"]) for e in response.json()["error"]["lines"]] == [(1, "unknown_sku")]
    assert marie.get(f"/templates/{template['id']}").json() == template


def test_adding_a_template_skips_products_withdrawn_since(sign_in, catalog):
    marie = sign_in("marie.tremblay")
    box, withdrawn = catalog.each(), catalog.each(1)
    template = marie.post(
        "/templates",
        json={"name": "T", "lines": [{"sku": box.sku, "quantity": 1}, {"sku": withdrawn.sku, "quantity": 2}]},
    ).json()
    catalog.withdraw(withdrawn)

    added = marie.post(f"/templates/{template['id']}/add-to-cart").json()

    assert added["skipped"] == [withdrawn.sku]
    assert lines_of(added["cart"]) == [(box.sku, 1)]


def test_an_approver_finds_the_pending_requests_addressed_to_her_among_her_templates(sign_in, catalog, database):
    box, wire = catalog.each(), catalog.wire_per_m()
    with database.session() as session:  # Luc sent his cart for approval (as POST /cart/submit-for-approval does)
        luc, marie = (
            session.scalars(select(User).where(User.username == name)).one()
            for name in ("luc.gagnon", "marie.tremblay")
        )
        products = {p.sku: p for p in session.scalars(select(Product).where(Product.sku.in_([box.sku, wire.sku])))}
        request = ApprovalRequest(
            customer_id=luc.customer_id,
            requester_id=luc.id,
            approver_id=marie.id,
            lines=[
                ApprovalLine(product_id=products[box.sku].id, quantity=3, position=0),
                ApprovalLine(product_id=products[wire.sku].id, quantity=500, position=1),
            ],
        )
        session.add(request)
        session.flush()
        approval_id, sent_on = request.id, request.created_at.date().isoformat()
    marie, jean = sign_in("marie.tremblay"), sign_in("jean.dupuis")
    marie.post("/templates", json={"name": "Garage", "lines": [{"sku": box.sku, "quantity": 1}]})

    english = marie.get("/templates", headers={"Accept-Language": "en"}).json()["items"]
    french = marie.get("/templates", headers={"Accept-Language": "fr"}).json()["items"]

    assert [e["kind"] for e in english] == ["approval_request", "template"]
    assert english[0]["approval_id"] == approval_id and "id" not in english[0]
    assert english[0]["name"] == f"Request from Luc Gagnon, {sent_on}"
    assert french[0]["name"] == f"Demande de Luc Gagnon, {sent_on}"
    assert (english[0]["line_count"], english[0]["owner"]["username"]) == (2, "luc.gagnon")
    assert [e["kind"] for e in jean.get("/templates").json()["items"]] == ["template"]
