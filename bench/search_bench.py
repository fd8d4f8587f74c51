"""Catalog search benchmark (not a test): 100,000 seeded products on SQLite, the full-text search against a
``LIKE '%…%'`` scan of the same data as the in-run baseline.

    .venv/bin/python bench/search_bench.py [--products 100000] [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from lumen_server.catalog.models import Product
from lumen_server.catalog.search import search_product_ids
from lumen_server.catalog.seed import seed_catalog
from lumen_server.cli import prepare_database
from lumen_server.core.config import Settings

QUERIES = ("QO120", "cable teck 4c", "disjoncteur 20", "milwau", "5320-W", "fil T90 12 noir", "604910101927")


def like_scan(session: Session, q: str) -> tuple[list[int], int]:
    """The naive search: every word somewhere in the text columns (case-insensitive, accents not folded)."""
    columns = (Product.sku, Product.mpn, Product.upc, Product.brand, Product.name_fr, Product.name_en)
    conditions = [or_(*(func.lower(c).like(f"%{word.lower()}%") for c in columns)) for word in q.split()]
    where = and_(Product.deleted.is_(False), *conditions)
    total = session.scalar(select(func.count()).select_from(Product).where(where)) or 0
    ids = list(session.scalars(select(Product.id).where(where).order_by(Product.name_en).limit(50)))
    return ids, total


def median_ms(action: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = prepare_database(Settings(database_url=f"sqlite:///{Path(folder) / 'bench.db'}", demo=True))
        start = time.perf_counter()
        with database.session() as session:
            seed_catalog(session, products=args.products)
        print(f"seeded {args.products:,} products in {time.perf_counter() - start:.1f} s")
        print(f"{'query':<22}{'matches':>9}{'FTS ms':>10}{'LIKE ms':>10}{'ratio':>8}")
        with database.session() as session:
            for q in QUERIES:

                def fts(q: str = q) -> tuple[list[int], int]:
                    found = search_product_ids(session, q=q, category_ids=None, language="en", offset=0, limit=50)
                    return found.ids, found.total

                total = fts()[1]
                fts_ms = median_ms(fts, args.runs)
                like_ms = median_ms(lambda q=q: like_scan(session, q), args.runs)
                print(f"{q:<22}{total:>9,}{fts_ms:>10.1f}{like_ms:>10.1f}{like_ms / fts_ms:>7.1f}x")
        database.dispose()


if __name__ == "__main__":
    main()
