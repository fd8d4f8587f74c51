"""The replica's search: FTS5 ``MATCH`` with the service's token rules, a capped count, keyset pages.

Every word of the query must begin a word of the SKU, MPN, UPC, brand, name or extra keywords; a quantity
("15A", '1/2"', "#12") must be one of the name's, whole (``lumen_common.search_terms``, the rules the service
applies). Order: an exact SKU, UPC or MPN first, then the products whose code begins with what was typed, then
the name; no words: the catalog by name.

Nothing here rescans what it need not: the count stops at ``COUNT_CAP`` + 1 ("1,000+ results"), the order is
computed within the first ``RANK_WINDOW`` matches (the rest follow in index order), and the next page starts
after the last row's sort key instead of skipping ``OFFSET`` rows, so page 2,000 costs what page 1 costs.
Within the window, the products whose SKU, MPN or UPC begins with what was typed (punctuation ignored) come
first, then the rest by name. Not ``bm25``: before scoring a single row it counts the rows holding each phrase
of the query in the whole index, 50 ms to 1 s for a code like "LS-0005" or a word like "de" on 100,000 products.
``check`` is called between statements: a search the user already typed past stops there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import Connection, text

from lumen_common.search_terms import compact, fts5_expression, parse_query
from lumen_desktop.api.types import Product
from lumen_desktop.store.catalog_schema import FTS_TABLE

COUNT_CAP = 1000
# The order is computed for this many matches at most (the first ones in index order): sorting every match of
# "di" (69,000 of 100,000 products) would cost 100+ ms a key; an exact code is looked up apart, first.
RANK_WINDOW = 300
# 0.0 for a row whose code begins with what was typed (``:code``: the compact query and "%"), else 1.0.
_CODE_FIRST = "CASE WHEN replace(lower(p.sku), '-', '') LIKE :code OR replace(lower(p.mpn), '-', '') LIKE :code"
_CODE_FIRST += " OR p.upc LIKE :code THEN 0.0 ELSE 1.0 END"
_COLUMNS = "p.id, p.sku, p.mpn, p.upc, p.brand, p.name, p.description, p.category, p.uom, "
_COLUMNS += "p.sale_multiple, p.price_unit, p.price, p.image_url"


@dataclass(frozen=True)
class SearchKey:
    """Where a page ended, so the next one starts right after it.

    A query's matches come in two runs: the ranked window (the first ``RANK_WINDOW`` matches in index order,
    rowid ≤ ``window_end``, codes first then by name) and, after it, the rest in index order. ``ranked``: the
    last row was in the window, at (``rank``, ``name``, ``sku``); otherwise at ``row_id``. Browsing (no words)
    goes by (``name``, ``sku``) alone."""

    rank: float
    name: str
    sku: str
    row_id: int = 0
    ranked: bool = True
    window_end: int = 0
    exact_ids: tuple[int, ...] = ()  # listed first on page 1, left out of the pages after


@dataclass(frozen=True)
class ReplicaPage:
    """One page of replica results. ``total`` is exact when not ``capped``; capped means "more than total"."""

    items: list[Product]
    total: int
    capped: bool
    next_key: SearchKey | None  # None: this was the last page
    exact_ids: tuple[int, ...] = field(default=(), repr=False)


def _product(row: Sequence[object]) -> Product:
    (_id, sku, mpn, upc, brand, name, description, category, uom, multiple, unit, price, image) = row
    return Product(
        sku=str(sku),
        mpn=str(mpn),
        upc=str(upc),
        brand=str(brand),
        name=str(name),
        description=str(description),
        category=str(category),
        uom=str(uom),
        sale_multiple=int(multiple),  # type: ignore[call-overload]
        price_unit=int(unit),  # type: ignore[call-overload]
        image_url=None if image is None else str(image),
        price=None if price is None else Decimal(str(price)),
        stock=[],
    )


def _category_filter(categories: list[str] | None, params: dict[str, object]) -> str:
    if categories is None:
        return ""
    names = []
    for number, category in enumerate(categories):
        params[f"c{number}"] = category
        names.append(f":c{number}")
    return f" AND p.category IN ({', '.join(names) or 'NULL'})"


def _exact_ids(connection: Connection, q: str, match: str, where: str, params: dict[str, object]) -> list[int]:
    """Products whose SKU, UPC or MPN is exactly the query (case and dashes ignored), that also match it."""
    code, bare = q.strip().lower(), compact(q)
    if not code:
        return []
    sql = (
        "SELECT p.id FROM catalog_products p WHERE (lower(p.sku) = :code OR p.upc = :code OR lower(p.mpn) = :code"
        f" OR replace(lower(p.mpn), '-', '') = :bare OR replace(lower(p.sku), '-', '') = :bare){where}"
    )
    candidates = [int(row[0]) for row in connection.execute(text(sql), {**params, "code": code, "bare": bare})]
    if not candidates:
        return []
    ids = ", ".join(str(i) for i in candidates)  # a few index lookups, then the match checked on those rows only
    sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match AND rowid IN ({ids})"
    return sorted(int(row[0]) for row in connection.execute(text(sql), {"match": match}))


def search_replica(
    connection: Connection,
    q: str,
    categories: list[str] | None,
    after: SearchKey | None,
    page_size: int,
    check: Callable[[], None] = lambda: None,
) -> ReplicaPage:
    """One page of the products matching ``q`` (in ``categories`` when given), starting after ``after``."""
    params: dict[str, object] = {"size": page_size + 1}
    where = _category_filter(categories, params)
    terms = parse_query(q)
    if not terms:
        return _browse(connection, where, params, after, page_size, check)
    params["match"] = match = fts5_expression(terms)
    check()
    matching = f"SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match"
    if where:
        matching = f"SELECT 1 FROM {FTS_TABLE} JOIN catalog_products p ON p.id = {FTS_TABLE}.rowid "
        matching += f"WHERE {FTS_TABLE} MATCH :match{where}"
    total = _capped_count(connection, matching, params)
    check()
    exact = after.exact_ids if after is not None else tuple(_exact_ids(connection, q, match, where, params))
    items: list[Product] = []
    if after is None and exact:
        ids = ", ".join(str(i) for i in exact)
        found = connection.execute(
            text(f"SELECT {_COLUMNS} FROM catalog_products p WHERE p.id IN ({ids}) ORDER BY p.sku")
        )
        items = [_product(row) for row in found]
        params["size"] = max(1, page_size - len(items)) + 1  # the exact codes take their place on the page
        page_size = max(1, page_size - len(items))
        check()
    skip = f" AND p.id NOT IN ({', '.join(str(i) for i in exact)})" if exact else ""
    matching = f"FROM {FTS_TABLE} JOIN catalog_products p ON p.id = {FTS_TABLE}.rowid "
    matching += f"WHERE {FTS_TABLE} MATCH :match{where}{skip}"
    window_end = after.window_end if after is not None else _window_end(connection, matching, params)
    params["end"] = window_end
    rows: list[tuple[Sequence[object], bool]] = []  # (row, in the ranked window)
    if after is None or after.ranked:
        keyset = ""
        if after is not None:
            params.update(rank=after.rank, name=after.name, sku=after.sku)
            keyset = " AND (r.rank > :rank OR (r.rank = :rank AND (r.name, r.sku) > (:name, :sku)))"
        params["code"] = compact(q) + "%"
        sql = (
            f"SELECT * FROM (SELECT {_COLUMNS}, {_CODE_FIRST} AS rank {matching} AND {FTS_TABLE}.rowid <= :end) r"
            f" WHERE 1{keyset} ORDER BY r.rank, r.name, r.sku LIMIT :size"
        )
        rows = [(row, True) for row in connection.execute(text(sql), params)]
        check()
    if len(rows) <= page_size:
        params["after_id"] = window_end if after is None or after.ranked else after.row_id
        params["size"] = page_size + 1 - len(rows)
        sql = f"SELECT {_COLUMNS}, 0.0 {matching} AND {FTS_TABLE}.rowid > :after_id ORDER BY {FTS_TABLE}.rowid"
        rows += [(row, False) for row in connection.execute(text(f"{sql} LIMIT :size"), params)]
    next_key = None
    if len(rows) > page_size:
        rows = rows[:page_size]
        last, ranked = rows[-1]
        row_id = int(last[0])  # type: ignore[call-overload]
        last_rank = float(last[-1])  # type: ignore[arg-type]
        next_key = SearchKey(last_rank, str(last[5]), str(last[1]), row_id, ranked, window_end, exact)
    items += [_product(row[:-1]) for row, _ranked in rows]
    return ReplicaPage(items, min(total, COUNT_CAP), total > COUNT_CAP, next_key, exact)


def _window_end(connection: Connection, matching: str, params: dict[str, object]) -> int:
    """The rowid of the last match inside the ranked window (of the last match, when there are fewer)."""
    window = f"SELECT {FTS_TABLE}.rowid AS id {matching} ORDER BY {FTS_TABLE}.rowid LIMIT {RANK_WINDOW}"
    sql = f"SELECT max(id) FROM ({window})"
    return int(connection.execute(text(sql), params).scalar_one() or 0)


def _browse(
    connection: Connection,
    where: str,
    params: dict[str, object],
    after: SearchKey | None,
    page_size: int,
    check: Callable[[], None],
) -> ReplicaPage:
    """No words: the catalog (or the categories) by name, through the (name, sku) index."""
    check()
    total = _capped_count(connection, f"SELECT 1 FROM catalog_products p WHERE 1{where}", params)
    check()
    keyset = ""
    if after is not None:
        params.update(name=after.name, sku=after.sku)
        keyset = " AND (p.name, p.sku) > (:name, :sku)"
    sql = f"SELECT {_COLUMNS} FROM catalog_products p WHERE 1{where}{keyset} ORDER BY p.name, p.sku LIMIT :size"
    rows = list(connection.execute(text(sql), params))
    next_key = None
    if len(rows) > page_size:
        rows = rows[:page_size]
        next_key = SearchKey(0.0, str(rows[-1][5]), str(rows[-1][1]))
    return ReplicaPage([_product(row) for row in rows], min(total, COUNT_CAP), total > COUNT_CAP, next_key)


def _capped_count(connection: Connection, matching: str, params: dict[str, object]) -> int:
    """How many rows ``matching`` selects, counting no further than ``COUNT_CAP`` + 1."""
    sql = f"SELECT count(*) FROM ({matching} LIMIT {COUNT_CAP + 1})"
    return int(connection.execute(text(sql), params).scalar_one())
