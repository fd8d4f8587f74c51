"""Product search on the full-text index: FTS5 ``MATCH`` on SQLite, ``tsvector @@ to_tsquery`` on PostgreSQL.

Every word of the query must match (AND), as a word or the beginning of one, in the SKU, MPN, UPC, brand,
either language's name or the extra keywords. A word with punctuation ("QO-120", "14/2") matches its parts
as a phrase or its compact form ("qo120"). A quantity ("15A", "15 A", '1/2"', "3/4 po", "#12", "2P") matches its
canonical token whole (``quantities``), which the index holds for every quantity of the names. Ranking, on SQLite
the replica's (``lumen_desktop/store/catalog_search.py``): an exact SKU, UPC or MPN first, then the products whose
code begins with a one-word query, then the name, then the SKU; on PostgreSQL an exact code first, then
``ts_rank`` (codes weigh more than names), then the name. Never a ``LIKE '%…%'`` scan.

Bounded: a two-letter prefix ("de") matches two thirds of a 100,000-product catalog. So a search ranks at most
``RANKED_CANDIDATES`` matches: the first that many the index yields (filters applied, in one statement that stops
there), plus any product whose SKU, UPC or MPN is exactly the query (an indexed look-up). With fewer matches than
that, the order is exactly that of ranking every match. With more, ``total`` is ``RANKED_CANDIDATES`` and
``results_capped`` says "at least": the answer invites a narrower query, and pages past the last ranked match are
empty. No count over the whole match set: the count is the length of the ranked list, and a page is a slice of
it (page 2,000 costs what page 1 does). The ranked list is kept until the catalog changes (``cache.py``): the next
page of a query, or the same query typed by someone else (in any capitals or accents), is a slice of it.

Not bm25 on SQLite: before scoring one row it scans the whole doclist of each phrase of the query, and it scores
every candidate: with the candidates' join and sort, ~9 ms of CPU for a query never typed before on 100,000
products, against ~2–4 ms for the order above, sorted by SQLite itself (a sort in Python was tried: it holds the
interpreter, and at 8 concurrent requests cost more than bm25; bench/RESULTS.md).

Browsing (no words) orders the whole catalog by name then SKU and counts it exactly: the ``(deleted, name, sku)``
indexes of each language make both a walk of one covering index, not a sort. The count and a landmark every
1,000 products are kept until the catalog changes: a page starts from the landmark before it, so page 2,053
walks what page 1 does (OFFSET 100,000 walked ~100,000 entries: 5–8 ms).
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Integer,
    Select,
    String,
    bindparam,
    case,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    tuple_,
)
from sqlalchemy.orm import Session

from lumen_common.search_terms import MatchSyntax, SearchTerm, fts5_expression, match_expression, parse_query
from lumen_common.text import fold
from lumen_server.catalog.cache import kept
from lumen_server.catalog.keywords import compact
from lumen_server.catalog.models import Product

# How many matches a search ranks at most (see the module's docstring).
RANKED_CANDIDATES = 1000
# A browse page walks at most this many index entries before its own (``_landmarks``).
LANDMARK_EVERY = 1000
_fts = table("product_search", column("rowid"))


# PostgreSQL's ``to_tsquery('simple', …)``: ``<->`` is "followed by", ``:*`` a beginning.
_TSQUERY = MatchSyntax(
    whole=lambda token: f"'{token}'",
    beginning=lambda word: f"'{word}':*",
    phrase=lambda parts: " <-> ".join(f"'{part}'" for part in parts) + ":*",
    either=" | ",
    every=" & ",
)


def tsquery_expression(terms: list[SearchTerm]) -> str:
    """``'cable':* & ('qo' <-> '120':* | 'qo120':*) & '15a'`` for ``to_tsquery('simple', …)``."""
    return match_expression(terms, _TSQUERY)


def _exact_hit() -> ColumnElement[bool]:
    """Whether the query is exactly the product's SKU, UPC or MPN (case-insensitive, dashes optional). Bound:
    ``code`` (the query folded, see ``normalised``) and ``bare`` (its compact form)."""
    code, bare = bindparam("code", type_=String), bindparam("bare", type_=String)
    return or_(
        func.lower(Product.sku) == code,
        Product.upc == code,
        func.lower(Product.mpn) == code,
        func.lower(func.replace(Product.mpn, "-", "")) == bare,
        func.lower(func.replace(Product.sku, "-", "")) == bare,
    )


def _exact() -> ColumnElement[int]:
    """0 when the query is exactly a product's SKU, UPC or MPN, else 1 (``_exact_hit``)."""
    return case((_exact_hit(), 0), else_=1)


def _codes_first() -> ColumnElement[int]:
    """The replica's order (``lumen_desktop/store/catalog_search.py``): 0 for an exact SKU, UPC or MPN, 1 for a code
    that begins with the query (dashes ignored; ``prefix``: the compact query and "%"), else 2. Only a query of
    one word can be a code (``codes_first`` is 0 otherwise): the string functions then cost nothing per row."""
    prefix = bindparam("prefix", type_=String)
    begins = or_(
        func.replace(Product.sku, "-", "").like(prefix),
        func.replace(Product.mpn, "-", "").like(prefix),
        Product.upc.like(prefix),
    )
    return case((bindparam("codes_first", type_=Integer) == 0, 2), (_exact_hit(), 0), (begins, 1), else_=2)


def _filters(category_ids: Collection[int] | None, *, index_driven: bool = True) -> list[ColumnElement[bool]]:
    # Not index-driven: SQLite's planner would otherwise walk the browse index (deleted, name, sku) and probe the
    # full-text index once per product (seconds); an expression on the column leaves it the MATCH as outer loop.
    deleted = Product.deleted if index_driven else func.coalesce(Product.deleted, False)
    filters: list[ColumnElement[bool]] = [deleted.is_(False)]
    if category_ids is not None:
        filters.append(Product.category_id.in_(bindparam("categories", expanding=True)))
    return filters


@dataclass(frozen=True)
class SearchPage:
    """One page of product ids, best first; ``total`` is exact unless ``results_capped`` (then "at least")."""

    ids: list[int]
    total: int
    results_capped: bool = False


@functools.lru_cache(maxsize=32)
def _candidates(dialect: str, language: str, in_categories: bool, cap: int) -> Select[Any]:
    """At most ``cap + 1`` matches in ranking order (the one past the cap says "more"): on SQLite one row, their
    ids joined by commas; on PostgreSQL a row per id. Built once per shape, all values bound (``match``, ``code``,
    ``bare``, ``categories``; ``prefix`` and ``codes_first`` on SQLite): no statement to build nor compile per
    request."""
    name = Product.name_fr if language == "fr" else Product.name_en
    category_ids: list[int] | None = [] if in_categories else None
    match = bindparam("match", type_=String)
    if dialect == "sqlite":
        filters = _filters(category_ids, index_driven=False)
        fts: ColumnClause[Any] = literal_column("product_search")
        found = (
            select(Product.id.label("id"), _codes_first().label("rank"), name.label("name"), Product.sku.label("sku"))
            .join_from(_fts, Product, _fts.c.rowid == Product.id)
            .where(fts.op("MATCH")(match), *filters)
        )
        # The LIMIT inside: the index stops yielding matches there, before anything is sorted.
        capped = found.limit(cap + 1).subquery()
        ordered = select(capped.c.id).order_by(capped.c.rank, capped.c.name, capped.c.sku).subquery()
        # One row, not one per id: the driver gives the interpreter back (and takes it again) on every row it
        # steps to, which under concurrent requests costs more than the sort itself.
        return select(func.group_concat(ordered.c.id))
    filters = _filters(category_ids)
    vector: ColumnClause[Any] = literal_column("products.search_vector")
    tsquery = func.to_tsquery("simple", match)
    found = select(
        Product.id.label("id"),
        _exact().label("exact"),
        (-func.ts_rank(vector, tsquery)).label("score"),
        name.label("name"),
        Product.sku.label("sku"),
    ).where(vector.op("@@")(tsquery), *filters)
    capped = found.limit(cap + 1).subquery()
    return select(capped.c.id).order_by(capped.c.exact, capped.c.score, capped.c.name, capped.c.sku)


def _exact_codes(session: Session, code: str, category_ids: Collection[int] | None) -> list[int]:
    """Products whose SKU, UPC or MPN is the (folded) query in lower case or capitals (indexed look-ups), SKU
    order."""
    if not code or " " in code:
        return []
    spellings = sorted({code, code.upper()})
    hit = or_(Product.sku.in_(spellings), Product.upc == code, Product.mpn.in_(spellings))
    filters = _filters(category_ids, index_driven=False)  # the code indexes lead, not the browse index
    query = select(Product.id).where(hit, *filters).order_by(Product.sku)
    return list(session.scalars(query, _category_params(category_ids)))


def _category_params(category_ids: Collection[int] | None) -> dict[str, Any]:
    return {} if category_ids is None else {"categories": list(category_ids)}


def search_product_ids(
    session: Session,
    *,
    q: str,
    category_ids: Collection[int] | None,
    language: str,
    offset: int,
    limit: int,
) -> SearchPage:
    """One page of matching product ids, best first, and how many match (capped for a query, see the module)."""
    terms = parse_query(q)
    categories = None if category_ids is None else frozenset(category_ids)
    if not terms:
        return _browse(session, categories, language, offset, limit)
    code = normalised(q)
    key = ("ranked", tuple(terms), code, language, categories, RANKED_CANDIDATES)
    ranked, capped = kept(session, key, lambda: _ranked(session, code, terms, categories, language))
    return SearchPage(list(ranked[offset : offset + limit]), len(ranked), capped)


def normalised(q: str) -> str:
    """The query as the ranking reads it: folded like its words (case and accents ignored), spaces collapsed, so
    that "Câble", "câble" and " CABLE " are one query (one ranked list kept, not three)."""
    return fold(" ".join(q.split()))


def _ranked(
    session: Session, code: str, terms: list[SearchTerm], category_ids: Collection[int] | None, language: str
) -> tuple[tuple[int, ...], bool]:
    """Every ranked match's id, best first (at most ``RANKED_CANDIDATES``), and whether there were more."""
    dialect = session.get_bind().dialect.name
    statement = _candidates(dialect, language, category_ids is not None, RANKED_CANDIDATES)
    bare = compact(code)
    values = {"code": code, "bare": bare} | _category_params(category_ids)
    if dialect == "sqlite":
        values |= {"match": fts5_expression(terms), "prefix": f"{bare}%", "codes_first": int(" " not in code)}
        joined = session.scalar(statement, values)
        ranked = [int(i) for i in joined.split(",")] if joined else []
    else:
        ranked = list(session.scalars(statement, values | {"match": tsquery_expression(terms)}))
    capped = len(ranked) > RANKED_CANDIDATES
    if capped:
        # The exact code may lie past the candidates the index yielded first: it still comes first.
        ranked = ranked[:RANKED_CANDIDATES]
        known = set(ranked)
        exact = [i for i in _exact_codes(session, code, category_ids) if i not in known]
        ranked = exact + ranked[: RANKED_CANDIDATES - len(exact)]
    return tuple(ranked), capped


def _browse(
    session: Session, category_ids: frozenset[int] | None, language: str, offset: int, limit: int
) -> SearchPage:
    """A page of the catalog (or of categories) in name order, and the exact count. The page starts from the
    nearest landmark before its offset (``_landmarks``), so it walks at most ``LANDMARK_EVERY`` index entries
    before its rows, wherever it lies (page 2,053 walked ~100,000: 5–8 ms)."""
    name = Product.name_fr if language == "fr" else Product.name_en
    filters = _filters(category_ids)
    params = _category_params(category_ids)
    landmarks, total = kept(
        session, ("landmarks", category_ids, language), lambda: _landmarks(session, name, filters, params)
    )
    index = offset // LANDMARK_EVERY
    if index >= len(landmarks):
        return SearchPage([], total)
    landmark_name, landmark_sku = landmarks[index]
    since = tuple_(name, Product.sku) >= tuple_(bindparam("landmark_name"), bindparam("landmark_sku"))
    page = select(Product.id).where(*filters, since).order_by(name, Product.sku)
    page = page.offset(offset - index * LANDMARK_EVERY).limit(limit)
    values = params | {"landmark_name": landmark_name, "landmark_sku": landmark_sku}
    return SearchPage(list(session.connection().execute(page, values).scalars()), total)


def _landmarks(
    session: Session, name: Any, filters: list[ColumnElement[bool]], params: dict[str, Any]
) -> tuple[tuple[tuple[str, str], ...], int]:
    """The (name, SKU) of every ``LANDMARK_EVERY``-th product in browse order, and how many there are: one walk of
    the browse index, a landmark at a time (what counting them costs, 10–15 ms for 100,000), kept per catalog
    version. (name, SKU) is unique: a page starting at a landmark starts exactly there."""
    ordered = select(name, Product.sku).where(*filters).order_by(name, Product.sku)
    since = tuple_(name, Product.sku) >= tuple_(bindparam("landmark_name"), bindparam("landmark_sku"))
    connection = session.connection()
    landmarks: list[tuple[str, str]] = []
    row = connection.execute(ordered.limit(1), params).first()
    step = ordered.where(since).offset(LANDMARK_EVERY).limit(1)
    while row is not None:
        landmarks.append((row[0], row[1]))
        row = connection.execute(step, params | {"landmark_name": row[0], "landmark_sku": row[1]}).first()
    if not landmarks:
        return (), 0
    values = params | {"landmark_name": landmarks[-1][0], "landmark_sku": landmarks[-1][1]}
    rest = connection.execute(select(func.count()).select_from(Product).where(*filters, since), values).scalar()
    return tuple(landmarks), (len(landmarks) - 1) * LANDMARK_EVERY + (rest or 0)
