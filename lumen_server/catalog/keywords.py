"""How catalog text is cut into search words, shared by the index's extra keywords and the query builder (the
folding and the quantities come from ``lumen_common``, which the desktop's offline replica imports too).

Words are folded (lower case, accents removed) and split on punctuation except a dot between digits-or-letters,
the way SQLite's ``unicode61 remove_diacritics 2 tokenchars '.'`` tokenizer and the PostgreSQL document
(``translate`` of ``-/_#+`` to spaces, then the default parser) cut them.
"""

from __future__ import annotations

from lumen_common import search_terms
from lumen_common.search_terms import compact, words

__all__ = ["compact", "search_keywords", "words"]


def search_keywords(*, sku: str, mpn: str, name_fr: str, name_en: str) -> str:
    """Extra words for the full-text index: codes without punctuation, accent-free forms of accented words and
    the names' quantities in their canonical spelling.

    PostgreSQL's ``simple`` configuration keeps accents, so "cable" must be indexed beside "câble"; a code
    typed without its dash ("5320W") must find the product whose part number has one ("5320-W"); and "15A"
    must find "15 A" (``lumen_common.quantities``). The rule is the desktop replica's too
    (``lumen_common.search_terms``).
    """
    return search_terms.search_keywords(sku=sku, mpn=mpn, names=(name_fr, name_en))
