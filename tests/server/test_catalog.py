"""The catalog a customer sees: prices only for those who may see them, names in their language, details
with stock per branch, the category tree and the change feed."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from lumen_server.catalog.changes import delete_product, encode_cursor, update_product
from lumen_server.catalog.models import ContractPrice, Product
from lumen_server.customers.models import Customer
from tests.server.helpers_catalog import API, auth, database_of, sign_in
from tests.server.support import price_keys_in


def contract_product(client) -> tuple[str, Decimal, Decimal]:
    """A product with a contract price for customer 100234: (sku, contract price, list price)."""
    with database_of(client).session() as session:
        sku, contract, listed = session.execute(
            select(Product.sku, ContractPrice.price, Product.list_price)
            .join(ContractPrice, ContractPrice.product_id == Product.id)
            .join(Customer, Customer.id == ContractPrice.customer_id)
            .where(Customer.number == "100234")
            .order_by(Product.id)
            .limit(1)
        ).one()
    return sku, contract, listed


def test_a_user_without_prices_receives_no_price_key_anywhere(api):
    luc = auth(sign_in(api, "luc.gagnon"))
    sku, _, _ = contract_product(api)
    documents = [
        api.get(f"{API}/products", headers=luc, params={"page_size": 200}).json(),
        api.get(f"{API}/products", headers=luc, params={"q": sku}).json(),
        api.get(f"{API}/products/{sku}", headers=luc).json(),
        api.get(f"{API}/catalog/changes", headers=luc, params={"limit": 1000}).json(),
    ]
    assert documents[0]["items"] and documents[2]["sku"] == sku and documents[3]["items"]
    for document in documents:
        # A page's "total" counts results: it must be a number, not money.
        if "total" in document:
            assert isinstance(document.pop("total"), int)
        assert price_keys_in(document) == []


def test_buyers_of_the_same_customer_see_its_contract_price_and_others_the_list_price(api):
    sku, contract, listed = contract_product(api)
    assert contract != listed
    for username, expected in (("marie.tremblay", contract), ("jean.dupuis", contract), ("paul.bergeron", listed)):
        headers = auth(sign_in(api, username))
        details = api.get(f"{API}/products/{sku}", headers=headers).json()
        listed_item = api.get(f"{API}/products", headers=headers, params={"q": sku}).json()["items"][0]
        assert details["price"] == listed_item["price"] == f"{expected:.2f}", username


def test_product_details_carry_the_contract_fields_and_stock_of_every_branch(api):
    marie = auth(sign_in(api, "marie.tremblay"))
    details = api.get(f"{API}/products/LU-100001", headers=marie).json()
    assert {"sku", "mpn", "upc", "brand", "name", "description", "category", "uom", "sale_multiple"} <= set(details)
    assert {"price_unit", "image_url", "stock", "price"} <= set(details)
    assert details["uom"] == "ft" and details["price_unit"] == 1000
    branches = [level["branch"]["code"] for level in details["stock"]]
    assert branches[0] == "MTL"  # Électricité Gagnon's home branch comes first
    assert sorted(branches) == ["LAV", "MTL", "OTT", "QUE", "SHE"]
    assert all(isinstance(level["quantity"], int) for level in details["stock"])
    listed = api.get(f"{API}/products", headers=marie, params={"q": "LU-100001"}).json()["items"][0]
    assert listed["stock_here"]["branch"]["code"] == "MTL"
    assert listed["stock_here"]["quantity"] == details["stock"][0]["quantity"]


def test_unknown_and_withdrawn_skus_answer_404(api):
    marie = auth(sign_in(api, "marie.tremblay"))
    missing = api.get(f"{API}/products/NO-SUCH-SKU", headers=marie)
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "unknown_product"
    with database_of(api).session() as session:
        delete_product(session, sku="LU-100002")
    assert api.get(f"{API}/products/LU-100002", headers=marie).status_code == 404
    assert api.get(f"{API}/products", headers=marie, params={"q": "LU-100002"}).json()["total"] == 0


def test_names_follow_the_accept_language(api):
    marie = auth(sign_in(api, "marie.tremblay"))
    french = api.get(f"{API}/products/LU-100001", headers=marie | {"Accept-Language": "fr-CA,fr;q=0.9"}).json()
    english = api.get(f"{API}/products/LU-100001", headers=marie | {"Accept-Language": "en"}).json()
    assert french["name"].startswith("Fil de construction T90") and "noir" in french["name"]
    assert english["name"].startswith("T90 Nylon building wire") and "black" in english["name"]
    assert french["description"] != english["description"]
    assert (french["category"]["name"], english["category"]["name"]) == ("Fil de construction", "Building wire")


def test_the_category_tree_is_named_in_the_callers_language(api):
    marie = auth(sign_in(api, "marie.tremblay"))
    french = api.get(f"{API}/categories", headers=marie | {"Accept-Language": "fr"}).json()
    english = api.get(f"{API}/categories", headers=marie).json()
    assert [node["id"] for node in french] == [node["id"] for node in english]
    lighting_fr = next(node for node in french if node["id"] == "lighting")
    assert lighting_fr["name"] == "Éclairage"
    assert "lighting-panels" in [child["id"] for child in lighting_fr["children"]]


def test_staff_have_no_catalog_view(api):
    ecomm = auth(sign_in(api, "ecomm"))
    response = api.get(f"{API}/products", headers=ecomm)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "customer_only"


def test_the_change_feed_pages_through_everything_then_reports_later_changes(api):
    marie = auth(sign_in(api, "marie.tremblay"))
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 1000} | ({"since": cursor} if cursor else {})
        page = api.get(f"{API}/catalog/changes", headers=marie, params=params).json()
        seen += [item["sku"] for item in page["items"]]
        assert all("stock" not in item and "price" in item for item in page["items"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    with database_of(api).session() as session:
        live = session.scalars(select(Product.sku).where(Product.deleted.is_(False))).all()
    assert sorted(seen) == sorted(live) and len(seen) == len(set(seen))

    nothing_new = api.get(f"{API}/catalog/changes", headers=marie, params={"since": cursor}).json()
    assert nothing_new == {"items": [], "deleted": [], "next_cursor": cursor, "has_more": False}

    with database_of(api).session() as session:
        update_product(session, sku="LU-100010", name_en="T90 Nylon building wire, renamed", list_price=Decimal("1.23"))
        delete_product(session, sku="LU-100011")
    changed = api.get(f"{API}/catalog/changes", headers=marie, params={"since": cursor}).json()
    assert [item["sku"] for item in changed["items"]] == ["LU-100010"]
    assert changed["items"][0]["name"] == "T90 Nylon building wire, renamed"
    assert changed["deleted"] == ["LU-100011"]
    assert changed["has_more"] is False and changed["next_cursor"] != cursor
    # The renamed product is found under its new name.
    assert api.get(f"{API}/products", headers=marie, params={"q": "renamed"}).json()["items"][0]["sku"] == "LU-100010"


def test_a_bad_cursor_or_limit_answers_422(api):
    marie = auth(sign_in(api, "marie.tremblay"))
    # A well-formed cursor naming a change number past any database integer is as bad as garbage (not a 500).
    too_far = encode_cursor(2**64)
    for params, field in (
        ({"since": "garbage!"}, "since"),
        ({"since": too_far}, "since"),
        ({"limit": 0}, "limit"),
        ({"limit": 1001}, "limit"),
    ):
        response = api.get(f"{API}/catalog/changes", headers=marie, params=params)
        assert response.status_code == 422, params
        assert response.json()["error"]["field"] == field


def test_a_customer_without_a_home_branch_searches_and_is_told_it_has_no_stock_here(api):
    with database_of(api).session() as session:
        customer = session.scalars(select(Customer).where(Customer.number == "200518")).one()
        customer.home_branch_id = None  # staff have not given Les Installations Bergeron a branch yet
    paul = auth(sign_in(api, "paul.bergeron"))
    for params in ({"q": "disjoncteur"}, {"page_size": 20}):
        answer = api.get(f"{API}/products", headers=paul, params=params)
        assert answer.status_code == 200, answer.text
        items = answer.json()["items"]
        assert items and all(item["stock_here"] is None for item in items)
