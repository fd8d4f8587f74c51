"""How catalog text is cut into search words and a query into an FTS5 expression, for every full-text index of
the catalog: the desktop's offline replica reads it from here (the service's ``catalog/keywords.py`` and
``catalog/search.py`` hold the same rules for its SQLite index and PostgreSQL document).

Words are folded (lower case, accents removed) and split on punctuation except a dot between digits-or-letters,
the way SQLite's ``unicode61 remove_diacritics 2 tokenchars '.'`` tokenizer cuts them. A quantity ("15A",
"15 A", '1/2"', "3/4 po", "#12") becomes its canonical token (``quantities``), matched whole; any other word
matches as the beginning of an indexed word; a word with punctuation ("QO-120") matches its parts as a phrase
or its compact form ("qo120").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from lumen_common.quantities import quantity_tokens, split_query
from lumen_common.text import fold

MAX_QUERY_WORDS = 12
# The tokenizer every catalog FTS5 index uses: the same words as ``words`` below.
FTS5_TOKENIZE = "unicode61 remove_diacritics 2 tokenchars '.'"
_WORD = re.compile(r"[^\W_]+(?:\.[^\W_]+)*")


def words(text: str) -> list[str]:
    """The search words of ``text``: "QO-120, Câble" → ["qo", "120", "cable"]."""
    return _WORD.findall(fold(text))


def compact(text: str) -> str:
    """A code without its punctuation: "5320-W" → "5320w"."""
    return "".join(words(text))


def search_keywords(*, sku: str, mpn: str, names: tuple[str, ...]) -> str:
    """Extra words for the full-text index: codes without punctuation, accent-free forms of accented words and
    the names' quantities in their canonical spelling ("15 A" also as "15a", '1/2"' as "1f2in")."""
    extra: list[str] = []
    for code in (sku, mpn):
        parts = words(code)
        if len(parts) > 1:
            extra.append("".join(parts))  # its ``compact`` form, without cutting it twice
    for name in names:
        extra.extend(folded for folded in _name_words(name)[0] if folded not in extra)
    for name in names:
        extra.extend(token for token in _name_words(name)[1] if token not in extra)
    return " ".join(extra)


# A catalog repeats its names (100,000 products, ~3,200 distinct names in the seeded one: sizes and colours are
# in the SKU, not the name): a name's words are cut once, not once per product.
@lru_cache(maxsize=16384)
def _name_words(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The accent-free forms of ``name``'s accented words, and its quantities' tokens, in order."""
    folded_words = []
    for raw in re.findall(r"\w+", name.casefold()):
        if raw.isascii():
            continue  # already its own folded form
        folded = fold(raw)
        if folded != raw:
            folded_words.append(folded)
    return tuple(folded_words), tuple(quantity_tokens(name))


@dataclass(frozen=True)
class SearchTerm:
    """One word of the query: its parts ("qo", "120") and its compact form ("qo120"); a quantity ("15a") is
    ``whole``: matched as that exact token, not as the beginning of a longer one ("10a" never finds "10awg")."""

    parts: tuple[str, ...]
    whole: bool = False

    @property
    def compact(self) -> str:
        return "".join(self.parts)


def parse_query(q: str) -> list[SearchTerm]:
    """The query's terms: its quantities first, then its other words (at most ``MAX_QUERY_WORDS``)."""
    tokens, rest = split_query(q)
    terms = [SearchTerm((token,), whole=True) for token in tokens]
    for word in rest.split():
        parts = tuple(words(word))
        if parts:
            terms.append(SearchTerm(parts))
    return terms[:MAX_QUERY_WORDS]


@dataclass(frozen=True)
class MatchSyntax:
    """How one full-text engine writes the parts of a match: a whole token, the beginning of a word, words in a
    row whose last is a beginning, and the joining of alternatives and of terms."""

    whole: Callable[[str], str]
    beginning: Callable[[str], str]
    phrase: Callable[[tuple[str, ...]], str]
    either: str
    every: str


def match_expression(terms: list[SearchTerm], syntax: MatchSyntax) -> str:
    """Every term must match (the rule of both indexes): a quantity as its whole token, a word as a word's
    beginning, a word with punctuation ("QO-120") as its parts in a row or its compact form ("qo120")."""
    clauses = []
    for term in terms:
        if term.whole:
            clauses.append(syntax.whole(term.parts[0]))
        elif len(term.parts) == 1:
            clauses.append(syntax.beginning(term.parts[0]))
        else:
            clauses.append(f"({syntax.phrase(term.parts)}{syntax.either}{syntax.beginning(term.compact)})")
    return syntax.every.join(clauses)


# Words are [alnum.] only, so quoting them is safe.
FTS5 = MatchSyntax(
    whole=lambda token: f'"{token}"',
    beginning=lambda word: f'"{word}"*',
    phrase=lambda parts: f'"{" ".join(parts)}"*',
    either=" OR ",
    every=" AND ",
)


def fts5_expression(terms: list[SearchTerm]) -> str:
    """``"cable"* AND ("qo 120"* OR "qo120"*) AND "15a"`` for SQLite's FTS5 ``MATCH``."""
    return match_expression(terms, FTS5)
