"""Product search on the full-text index: FTS5 ``MATCH`` on SQLite, ``tsvector @@ to_tsquery`` on PostgreSQL.

Every word of the query must match (AND), as a word or the beginning of one, in the SKU, MPN, UPC, brand,
either language's name or the extra keywords. A word with punctuation ("QO-120", "14/2") matches its parts
as a phrase or its compact form ("qo120"). A quantity ("15A", "15 A", '1/2"', "3/4 po", "#12", "2P") matches its
canonical token whole (``quantities``), which the index holds for every quantity of the names. Ranking: an exact
SKU, UPC or MPN first, then the index's relevance (codes weigh more than names), then the name.
Never a ``LIKE '%…%'`` scan.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, column, func, literal_column, or_, select, table
from sqlalchemy.orm import Session

from lumen_common.quantities import split_query
from lumen_server.catalog.keywords import compact, words
from lumen_server.catalog.models import Product

MAX_QUERY_WORDS = 12
_fts = table("product_search", column("rowid"))
# bm25 weights per FTS5 column: sku, mpn, upc, brand, name_fr, name_en, search_keywords.
_BM25_WEIGHTS = (10.0, 10.0, 10.0, 4.0, 1.0, 1.0, 2.0)


@dataclass(frozen=True)
class SearchTerm:
    """One word of the query: its parts ("qo", "120") and its compact form ("qo120"); a quantity ("15a") is
    ``whole``: matched as that exact token, not as the beginning of a longer one."""

    parts: tuple[str, ...]
    whole: bool = False

    @property
    def compact(self) -> str:
        return "".join(self.parts)


def parse_query(q: str) -> list[SearchTerm]:
    quantity_tokens, rest = split_query(q)
    terms = [SearchTerm((token,), whole=True) for token in quantity_tokens]
    for word in rest.split():
        parts = tuple(words(word))
        if parts:
            terms.append(SearchTerm(parts))
    return terms[:MAX_QUERY_WORDS]


def fts5_expression(terms: list[SearchTerm]) -> str:
    """``"cable"* AND ("qo 120"* OR "qo120"*) AND "15a"``: words are [alnum.] only, so quoting them is safe."""
    clauses = []
    for term in terms:
        if term.whole:
            clauses.append(f'"{term.parts[0]}"')
        elif len(term.parts) == 1:
            clauses.append(f'"{term.parts[0]}"*')
        else:
            clauses.append(f'("{" ".join(term.parts)}"* OR "{term.compact}"*)')
    return " AND ".join(clauses)


def tsquery_expression(terms: list[SearchTerm]) -> str:
    """``'cable':* & ('qo' <-> '120':* | 'qo120':*) & '15a'`` for ``to_tsquery('simple', …)``."""
    clauses = []
    for term in terms:
        if term.whole:
            clauses.append(f"'{term.parts[0]}'")
        elif len(term.parts) == 1:
            clauses.append(f"'{term.parts[0]}':*")
        else:
            phrase = " <-> ".join(f"'{p}'" for p in term.parts[:-1]) + f" <-> '{term.parts[-1]}':*"
            clauses.append(f"({phrase} | '{term.compact}':*)")
    return " & ".join(clauses)


def _exact(q: str) -> ColumnElement[int]:
    """0 when the query is exactly a product's SKU, UPC or MPN (case-insensitive, dashes optional), else 1."""
    code = q.strip().lower()
    bare = compact(q)
    hit = or_(
        func.lower(Product.sku) == code,
        Product.upc == code,
        func.lower(Product.mpn) == code,
        func.lower(func.replace(Product.mpn, "-", "")) == bare,
        func.lower(func.replace(Product.sku, "-", "")) == bare,
    )
    return case((hit, 0), else_=1)


def _filters(category_ids: Collection[int] | None) -> list[ColumnElement[bool]]:
    filters: list[ColumnElement[bool]] = [Product.deleted.is_(False)]
    if category_ids is not None:
        filters.append(Product.category_id.in_(list(category_ids)))
    return filters


def _matching(session: Session, q: str) -> tuple[Select[int], list[ColumnElement[Any]]] | None:
    """The ids of matching products, joined to ``products``, and the relevance ordering; None if no words."""
    terms = parse_query(q)
    if not terms:
        return None
    if session.get_bind().dialect.name == "sqlite":
        fts: ColumnElement[Any] = literal_column("product_search")
        query = (
            select(Product.id)
            .join_from(Product, _fts, _fts.c.rowid == Product.id)
            .where(fts.op("MATCH")(fts5_expression(terms)))
        )
        return query, [_exact(q), func.bm25(fts, *_BM25_WEIGHTS)]
    vector: ColumnElement[Any] = literal_column("products.search_vector")
    tsquery = func.to_tsquery("simple", tsquery_expression(terms))
    query = select(Product.id).where(vector.op("@@")(tsquery))
    return query, [_exact(q), func.ts_rank(vector, tsquery).desc()]


def search_product_ids(
    session: Session,
    *,
    q: str,
    category_ids: Collection[int] | None,
    language: str,
    offset: int,
    limit: int,
) -> tuple[list[int], int]:
    """One page of matching product ids, best first, and the total number of matches."""
    name = Product.name_fr if language == "fr" else Product.name_en
    matching = _matching(session, q)
    if matching is None:
        query, ordering = select(Product.id), list[ColumnElement[Any]]()
    else:
        query, ordering = matching
    query = query.where(and_(*_filters(category_ids)))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = query.order_by(*ordering, name, Product.sku).offset(offset).limit(limit)
    return list(session.scalars(page)), total
