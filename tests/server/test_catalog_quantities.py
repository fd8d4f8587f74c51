"""Searching the way electricians type sizes: "15A" finds "15 A", "#12" finds "12 AWG", '1/2"' finds "1/2 po",
on SQLite and PostgreSQL alike, and a database indexed before this rule finds them once migrated."""

from __future__ import annotations

import re
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select, update

from lumen_server.catalog.models import Product
from lumen_server.core.migrate import alembic_config, migration_connection
from tests.server.helpers_catalog import API, auth, database_of, sign_in


@pytest.fixture
def marie(catalog_api):
    return auth(sign_in(catalog_api, "marie.tremblay"))


def found(client, headers, q: str) -> list[dict[str, Any]]:
    response = client.get(f"{API}/products", headers=headers, params={"q": q, "page_size": 200})
    assert response.status_code == 200, response.text
    page = response.json()
    assert page["total"] == len(page["items"]), "the test queries stay under one page"
    items: list[dict[str, Any]] = page["items"]
    return items


def skus(items: list[dict[str, Any]]) -> set[str]:
    return {item["sku"] for item in items}


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        ("breaker 15A", "breaker 15 A"),
        ("disjoncteur 15A", "disjoncteur 15 A"),
        ("disjoncteur 20A 2P", "disjoncteur 20 A bipolaire"),
        ("breaker 240V 2P", "breaker 240 V double-pole"),
        ("THHN 12AWG", "THHN 12 AWG"),
        ("T90 #12 noir", "T90 12 AWG noir"),
    ],
)
def test_a_size_finds_the_same_products_glued_to_its_unit_or_not(catalog_api, marie, glued, spaced):
    with_space = found(catalog_api, marie, spaced)
    assert with_space, spaced
    assert skus(found(catalog_api, marie, glued)) == skus(with_space)


def test_breaker_15a_finds_the_15_amp_breakers_and_only_them(catalog_api, marie):
    english = found(catalog_api, marie, "breaker 15A")
    assert len(english) >= 10
    assert all(" 15 A" in item["name"] for item in english)
    french = found(catalog_api, marie, "disjoncteur 15A")
    assert skus(french) == skus(english)  # the same breakers, named in either language
    assert all("150 A" not in item["name"] for item in english)


def test_an_inch_size_matches_whether_written_po_in_or_with_a_quote(catalog_api, marie):
    # French names say '1/2"' for boxes, "3/4 po" for tape; English ones '1/2"' and "3/4 in".
    quoted = found(catalog_api, marie, 'boîte 1/2"')
    assert quoted and all('1/2"' in item["name"] for item in quoted)
    assert skus(found(catalog_api, marie, "boîte 1/2 po")) == skus(quoted)
    assert skus(found(catalog_api, marie, "box 1/2 in")) == skus(quoted)
    tape = found(catalog_api, marie, 'ruban 3/4"')
    assert tape and skus(found(catalog_api, marie, "ruban 3/4 po")) == skus(tape)


def test_a_size_is_matched_whole_not_as_the_start_of_another(catalog_api, marie):
    # "10A" must not find 10 AWG wire, nor "1/2 po" the 1-1/2" boxes.
    assert found(catalog_api, marie, "10A") and all(" 10 A" in i["name"] for i in found(catalog_api, marie, "10A"))
    half_inch = found(catalog_api, marie, "boîte carrée 1/2 po")
    assert half_inch and all(re.search(r'(?<![-\d])1/2"', i["name"]) for i in half_inch)
    one_and_a_half = found(catalog_api, marie, "boîte 1-1/2 po")
    assert set(skus(one_and_a_half)) - set(skus(half_inch))  # boxes 1-1/2" deep without 1/2" knockouts


def test_a_database_indexed_before_the_rule_finds_sizes_once_migrated(api):
    """Migration 0002 rebuilds the keywords of products indexed the old way."""
    database = database_of(api)
    headers = auth(sign_in(api, "marie.tremblay"))
    before = skus(found(api, headers, "breaker 15A"))
    with database.session() as session:
        ids = list(session.scalars(select(Product.id).where(Product.sku.in_(before))))
        session.execute(update(Product).where(Product.id.in_(ids)).values(search_keywords=""))
    assert found(api, headers, "breaker 15A") == []  # what users of an old index saw
    config = alembic_config(str(database.engine.url))
    with migration_connection(database.engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
        command.upgrade(config, "head")
    assert skus(found(api, headers, "breaker 15A")) == before
