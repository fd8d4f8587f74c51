"""The demo catalog looks like an electrical distributor's: 2,000+ products in two languages, per-foot wire
priced per M, connectors per C, stock at every branch and contract prices for customer 100234."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from lumen_server.catalog.models import Category, ContractPrice, Product, Stock
from lumen_server.catalog.seed import seed_catalog
from lumen_server.core.db import Database
from lumen_server.customers.models import Branch
from lumen_server.demo.products import generate_products
from lumen_server.demo.products.common import upc_check_digit


def test_the_generator_is_deterministic_and_large_enough():
    first, second = generate_products(), generate_products()
    assert first == second
    assert len(first) >= 2000
    assert len({(p.brand, p.mpn) for p in first}) == len(first)
    assert len({p.brand for p in first}) >= 15


def test_every_product_reads_well_in_both_languages_with_a_valid_upc():
    for product in generate_products():
        assert product.name_fr and product.name_en and product.name_fr != product.name_en
        assert product.description_fr and product.description_en
        assert product.upc is not None and len(product.upc) == 12 and product.upc.isdigit()
        assert product.upc[-1] == upc_check_digit(product.upc[:11])
        assert product.list_price > 0


def test_units_of_sale_follow_the_trade():
    products = generate_products()
    wire_by_foot = [p for p in products if p.category.startswith("wire") and p.uom == "ft"]
    assert len(wire_by_foot) > 100 and all(p.price_unit == 1000 for p in wire_by_foot)
    assert {1, 25} <= {p.sale_multiple for p in wire_by_foot}
    connectors = [p for p in products if p.category == "connectors"]
    assert any(p.uom == "box" for p in connectors)
    assert any(p.sale_multiple == 100 and p.price_unit == 100 for p in connectors)
    names = " ".join(p.name_en for p in products)
    families = ("EMT", "Teck90", "NMD90", "Octagon", "4-11/16", "GFCI", "Decora", "USB", "LED flat panel")
    for family in families:
        assert family in names, family


def test_the_loaded_demo_has_stock_everywhere_and_contract_prices(demo_template):
    database = Database(f"sqlite:///{demo_template}")
    with database.session() as session:
        products = session.scalars(select(func.count()).select_from(Product)).one()
        branches = session.scalars(select(func.count()).select_from(Branch)).one()
        assert products >= 2000 and branches >= 4
        assert session.scalars(select(func.count()).select_from(Stock)).one() == products * branches
        zero = session.scalars(select(func.count()).select_from(Stock).where(Stock.quantity == 0)).one()
        assert 0 < zero < products * branches / 2
        contract = session.execute(
            select(ContractPrice.price, Product.list_price).join(Product, Product.id == ContractPrice.product_id)
        ).all()
        assert 0.2 * products < len(contract) < 0.4 * products
        assert all(price < listed for price, listed in contract)
        roots = session.scalars(select(func.count()).select_from(Category).where(Category.parent_id.is_(None))).one()
        assert roots >= 6
        per_category = Counter(session.scalars(select(Product.category_id)))
        assert len(per_category) >= 20
    database.dispose()


def test_seeding_adds_products_with_unique_skus_each_time(api_settings):
    database = Database(api_settings.database_url)
    with database.session() as session:
        before = session.scalars(select(func.count()).select_from(Product)).one()
        assert seed_catalog(session, products=300) == 300
    with database.session() as session:
        assert seed_catalog(session, products=300) == 300
    with database.session() as session:
        skus = session.scalars(select(Product.sku)).all()
        seqs = session.scalars(select(Product.change_seq)).all()
        assert len(skus) == before + 600 == len(set(skus))
        assert len(set(seqs)) == len(seqs)
    database.dispose()
