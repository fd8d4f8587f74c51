"""The bounded search (issue 12): a query ranks at most ``RANKED_CANDIDATES`` matches. Below that, the answer is
exactly what ranking every match gives (checked against that ranking, done here in plain SQL: on SQLite the
replica's order, exact code, codes beginning with the query, name); above it, the
count says "at least" and an exact code still comes first. Browsing without words counts exactly. SQLite and
PostgreSQL.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select, text, update

from lumen_common.search_terms import fts5_expression, parse_query
from lumen_server.catalog import search as search_module
from lumen_server.catalog.keywords import compact
from lumen_server.catalog.models import Product
from lumen_server.catalog.search import LANDMARK_EVERY, RANKED_CANDIDATES, tsquery_expression
from tests.server.helpers_catalog import auth, database_of, search, sign_in

# Codes, words, prefixes, quantities and punctuation; each matches fewer products than the cap in the demo.
QUERIES = ("QO120", "disjoncteur 20", "cable teck", "milwau", "5320-W", "EMT", "15A", "14/2", "boîte octogonale")
# Matches about two thirds of the demo catalog in either language.
BROAD = "de"


@pytest.fixture
def marie(catalog_api):
    return auth(sign_in(catalog_api, "marie.tremblay"))


def every_page(client: Any, headers: dict[str, str], q: str) -> tuple[list[str], dict[str, Any]]:
    first = search(client, headers, q=q, page_size=200)
    found = [item["sku"] for item in first["items"]]
    for page in range(2, first["total"] // 200 + 2):
        found += [item["sku"] for item in search(client, headers, q=q, page=page, page_size=200)["items"]]
    return found, first


def ranking_every_match(client: Any, q: str) -> list[str]:
    """The SKUs of every match, in the order the service gives below the cap: an exact code first, then (SQLite:
    the replica's order) codes beginning with a one-word query, then the name and the SKU; (PostgreSQL) ts_rank
    between the exact code and the name."""
    exact = (
        "lower(p.sku) = :code OR p.upc = :code OR lower(p.mpn) = :code"
        " OR lower(replace(p.mpn, '-', '')) = :bare OR lower(replace(p.sku, '-', '')) = :bare"
    )
    database = database_of(client)
    code = " ".join(q.split()).lower()
    params = {"code": code, "bare": compact(q)}
    if database.engine.dialect.name == "sqlite":
        begins = "replace(p.sku, '-', '') LIKE :prefix OR replace(p.mpn, '-', '') LIKE :prefix OR p.upc LIKE :prefix"
        rank = f"CASE WHEN {int(' ' in code)} THEN 2 WHEN {exact} THEN 0 WHEN {begins} THEN 1 ELSE 2 END"
        sql = (
            f"SELECT p.sku FROM product_search JOIN products p ON p.id = product_search.rowid"
            f" WHERE product_search MATCH :match AND p.deleted = 0 ORDER BY {rank}, p.name_en, p.sku"
        )
        params |= {"match": fts5_expression(parse_query(q)), "prefix": compact(q) + "%"}
    else:
        sql = (
            f"SELECT p.sku FROM products p WHERE p.search_vector @@ to_tsquery('simple', :match) AND NOT p.deleted"
            f" ORDER BY CASE WHEN {exact} THEN 0 ELSE 1 END,"
            f" ts_rank(p.search_vector, to_tsquery('simple', :match)) DESC, p.name_en, p.sku"
        )
        params["match"] = tsquery_expression(parse_query(q))
    with database.read_session() as session:
        return list(session.scalars(text(sql), params))


def test_a_query_with_fewer_matches_than_the_cap_is_ranked_as_every_match(catalog_api, marie):
    for q in QUERIES:
        expected = ranking_every_match(catalog_api, q)
        assert 0 < len(expected) <= RANKED_CANDIDATES, q
        found, first = every_page(catalog_api, marie, q)
        assert found == expected, q
        assert (first["total"], first["results_capped"]) == (len(expected), False), q


def test_a_query_matching_more_than_the_cap_says_at_least_and_pages_through_the_ranked_ones(catalog_api, marie):
    every_match = ranking_every_match(catalog_api, BROAD)
    assert len(every_match) > RANKED_CANDIDATES
    found, first = every_page(catalog_api, marie, BROAD)
    assert (first["total"], first["results_capped"]) == (RANKED_CANDIDATES, True)
    assert len(found) == len(set(found)) == RANKED_CANDIDATES
    assert set(found) <= set(every_match)
    past = search(catalog_api, marie, q=BROAD, page=RANKED_CANDIDATES // 200 + 1, page_size=200)
    assert past["items"] == [] and past["results_capped"]


def test_a_capped_query_within_a_category_keeps_to_it(catalog_api, marie):
    page = search(catalog_api, marie, q=BROAD, category="wire", page_size=200)
    assert page["items"]
    assert {item["category"]["id"] for item in page["items"]} <= {
        "wire-building",
        "wire-nmd",
        "wire-armoured",
        "wire-teck",
    }


def test_browsing_counts_the_whole_catalog_and_its_last_page_is_in_name_order(catalog_api, marie):
    with database_of(catalog_api).read_session() as session:
        listed = select(Product.sku).where(Product.deleted.is_(False))
        count = session.scalars(select(func.count()).select_from(listed.subquery())).one()
        last_page = (count - 1) // 50 + 1
        expected = list(session.scalars(listed.order_by(Product.name_en, Product.sku).offset((last_page - 1) * 50)))
    first = search(catalog_api, marie)
    assert (first["total"], first["results_capped"]) == (count, False)
    assert [item["sku"] for item in search(catalog_api, marie, page=last_page)["items"]] == expected


def test_browsing_page_after_page_lists_the_whole_catalog_once_in_name_order(catalog_api, marie):
    """Pages of 150 cross the service's landmarks (every ``LANDMARK_EVERY`` products), in French and in English."""
    for language, name in (("fr", Product.name_fr), ("en", Product.name_en)):
        with database_of(catalog_api).read_session() as session:
            listed = select(Product.sku).where(Product.deleted.is_(False)).order_by(name, Product.sku)
            expected = list(session.scalars(listed))
        assert len(expected) > 2 * LANDMARK_EVERY
        headers = marie | {"Accept-Language": language}
        found: list[str] = []
        for page in range(1, len(expected) // 150 + 3):  # one page past the end: empty
            items = search(catalog_api, headers, page=page, page_size=150)["items"]
            found += [item["sku"] for item in items]
        assert found == expected, language


def test_an_exact_part_number_comes_first_even_past_the_ranked_candidates(api, monkeypatch):
    """Five products match "ZX9" (four by name, the last by its MPN); only three are ranked: the MPN's first."""
    with database_of(api).session() as session:
        ids = list(session.scalars(select(Product.id).where(Product.deleted.is_(False)).order_by(Product.id).limit(5)))
        session.execute(update(Product).where(Product.id.in_(ids[:4])).values(name_en="ZX9 adapter kit"))
        session.execute(update(Product).where(Product.id == ids[4]).values(mpn="ZX9"))
        sku = session.scalar(select(Product.sku).where(Product.id == ids[4]))
    headers = auth(sign_in(api, "marie.tremblay"))
    monkeypatch.setattr(search_module, "RANKED_CANDIDATES", 3)
    page = search(api, headers, q="zx9")
    assert (page["total"], page["results_capped"]) == (3, True)
    assert page["items"][0]["sku"] == sku
