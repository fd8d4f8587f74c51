"""How catalog text is cut into search words, shared by the index's extra keywords and the query builder (the
folding and the quantities come from ``lumen_common``, which the desktop's offline replica imports too).

Words are folded (lower case, accents removed) and split on punctuation except a dot between digits-or-letters,
the way SQLite's ``unicode61 remove_diacritics 2 tokenchars '.'`` tokenizer and the PostgreSQL document
(``translate`` of ``-/_#+`` to spaces, then the default parser) cut them.
"""

from __future__ import annotations

import re

from lumen_common.quantities import quantity_tokens
from lumen_common.text import fold

_WORD = re.compile(r"[^\W_]+(?:\.[^\W_]+)*")


def words(text: str) -> list[str]:
    """The search words of ``text``: "QO-120, Câble" → ["qo", "120", "cable"]."""
    return _WORD.findall(fold(text))


def compact(text: str) -> str:
    """A code without its punctuation: "5320-W" → "5320w"."""
    return "".join(words(text))


def search_keywords(*, sku: str, mpn: str, name_fr: str, name_en: str) -> str:
    """Extra words for the full-text index: codes without punctuation, accent-free forms of accented words and
    the names' quantities in their canonical spelling.

    PostgreSQL's ``simple`` configuration keeps accents, so "cable" must be indexed beside "câble"; a code
    typed without its dash ("5320W") must find the product whose part number has one ("5320-W"); and "15A"
    must find "15 A" (``lumen_common.quantities``).
    """
    extra: list[str] = []
    for code in (sku, mpn):
        if len(words(code)) > 1:
            extra.append(compact(code))
    for name in (name_fr, name_en):
        for raw in re.findall(r"\w+", name.casefold()):
            folded = fold(raw)
            if folded != raw and folded not in extra:
                extra.append(folded)
    for name in (name_fr, name_en):
        extra.extend(token for token in quantity_tokens(name) if token not in extra)
    return " ".join(extra)
