"""Finding products: by UPC, MPN, SKU, brand prefix, partial French or English names, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from lumen_common.search_terms import parse_query
from lumen_server.catalog.cache import cache_for
from lumen_server.catalog.models import Product
from tests.server.helpers_catalog import API, auth, database_of, search, sign_in


@pytest.fixture
def marie(catalog_api):
    return auth(sign_in(catalog_api, "marie.tremblay"))


def skus(page: dict[str, Any]) -> list[str]:
    return [item["sku"] for item in page["items"]]


def product_by_mpn(client, mpn: str) -> Product:
    with database_of(client).session() as session:
        return session.scalars(select(Product).where(Product.mpn == mpn)).one()


def test_a_upc_finds_its_product_first(catalog_api, marie):
    breaker = product_by_mpn(catalog_api, "QO120")
    page = search(catalog_api, marie, q=breaker.upc)
    assert skus(page)[0] == breaker.sku


@pytest.mark.parametrize("typed", ["QO120", "qo120", "QO-120"])
def test_a_manufacturer_part_number_finds_its_product_first_whatever_the_punctuation(catalog_api, marie, typed):
    assert skus(search(catalog_api, marie, q=typed))[0] == product_by_mpn(catalog_api, "QO120").sku


def test_a_part_number_typed_without_its_dash_still_finds_it(catalog_api, marie):
    leviton = product_by_mpn(catalog_api, "5320-W")
    assert leviton.sku in skus(search(catalog_api, marie, q="5320W", page_size=10))


def test_a_lumen_sku_finds_its_product_first(catalog_api, marie):
    assert skus(search(catalog_api, marie, q="LU-100500"))[0] == "LU-100500"
    assert skus(search(catalog_api, marie, q="lu100500"))[0] == "LU-100500"


def test_a_brand_prefix_finds_that_brands_products(catalog_api, marie):
    page = search(catalog_api, marie, q="milwau", page_size=100)
    assert page["total"] >= 20
    assert {item["brand"] for item in page["items"]} == {"Milwaukee"}


def test_partial_french_and_english_names_find_the_same_product(catalog_api, marie):
    target = product_by_mpn(catalog_api, "T90N12BK-75M")
    french = search(catalog_api, marie, q="fil constr T90 12 noir bobine 75", page_size=50)
    english = search(catalog_api, marie, q="T90 building wire 12 black 75 m reel", page_size=50)
    assert target.sku in skus(french)
    assert target.sku in skus(english)


def test_every_word_must_match(catalog_api, marie):
    every_breaker = search(catalog_api, marie, q="disjoncteur")["total"]
    gfci_20 = search(catalog_api, marie, q="disjoncteur DDFT 20", page_size=200)
    assert 0 < gfci_20["total"] < every_breaker
    assert all("GFCI" in item["name"] and "20 A" in item["name"] for item in gfci_20["items"])
    assert search(catalog_api, marie, q="disjoncteur zzzzqq")["total"] == 0


def test_accents_are_ignored(catalog_api, marie):
    with_accent = search(catalog_api, marie, q="câble teck", page_size=5)
    without = search(catalog_api, marie, q="cable teck", page_size=5)
    assert with_accent["total"] == without["total"] > 0
    shouted = search(catalog_api, marie, q="ELECTRIQUE")["total"]
    assert shouted == search(catalog_api, marie, q="électrique")["total"] > 0


def test_a_query_typed_in_other_capitals_or_accents_is_ranked_once(api):
    """Typed "Câble teck", "câble teck" or " CABLE  TECK", a query finds the same products, and the service keeps
    one ranked list for the three, not one per spelling (the service in this process, to see what it keeps)."""
    marie = auth(sign_in(api, "marie.tremblay"))
    typed = ("Câble teck", "câble teck", " CABLE  TECK")
    answers = [skus(search(api, marie, q=q, page_size=200)) for q in typed]
    assert answers[0] and answers[0] == answers[1] == answers[2]
    with database_of(api).read_session() as session:
        kept = cache_for(session).keys()
    terms = tuple(parse_query("cable teck"))
    assert len([key for key in kept if isinstance(key, tuple) and key[:2] == ("ranked", terms)]) == 1


def test_a_category_filter_includes_its_subcategories(catalog_api, marie):
    wire = search(catalog_api, marie, category="wire", page_size=200)
    teck = search(catalog_api, marie, category="wire-teck", page_size=200)
    assert wire["total"] > teck["total"] > 0
    wire_kinds = {"wire-building", "wire-nmd", "wire-armoured", "wire-teck"}
    assert {item["category"]["id"] for item in wire["items"]} <= wire_kinds
    teck_copper = search(catalog_api, marie, category="wire-teck", q="copper")
    assert 0 < teck_copper["total"] < teck["total"]


def test_pages_cover_the_results_without_overlap(catalog_api, marie):
    first = search(catalog_api, marie, q="EMT", page=1, page_size=20)
    second = search(catalog_api, marie, q="EMT", page=2, page_size=20)
    assert first["total"] == second["total"] > 40
    assert (first["page"], first["page_size"], second["page"]) == (1, 20, 2)
    assert not set(skus(first)) & set(skus(second))


def test_search_inputs_out_of_bounds_answer_422_naming_the_parameter(api):
    headers = auth(sign_in(api, "marie.tremblay"))
    for params, field in (
        ({"page_size": 201}, "page_size"),
        ({"page_size": 0}, "page_size"),
        ({"page": 0}, "page"),
        ({"page": "two"}, "page"),
        ({"q": "x" * 201}, "q"),
        ({"category": "no-such-category"}, "category"),
    ):
        response = api.get(f"{API}/products", headers=headers, params=params)
        assert response.status_code == 422, params
        assert response.json()["error"]["field"] == field
    # Query syntax characters are just punctuation, never an error.
    for q in ('"', "*", "AND OR NOT", "(", "a:b", "-", "'; drop table products; --", "NEAR(a b)"):
        assert api.get(f"{API}/products", headers=headers, params={"q": q}).status_code == 200, q
