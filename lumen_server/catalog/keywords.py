"""How catalog text is cut into search words, shared by the index's extra keywords and the query builder.

Words are folded (lower case, accents removed) and split on punctuation except a dot between digits-or-letters,
the way SQLite's ``unicode61 remove_diacritics 2 tokenchars '.'`` tokenizer and the PostgreSQL document
(``translate`` of ``-/_#+`` to spaces, then the default parser) cut them.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+(?:\.[^\W_]+)*")


def fold(text: str) -> str:
    """Lower case without accents: "Câble Électrique" → "cable electrique"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The search words of ``text``: "QO-120, Câble" → ["qo", "120", "cable"]."""
    return _WORD.findall(fold(text))


def compact(text: str) -> str:
    """A code without its punctuation: "5320-W" → "5320w"."""
    return "".join(words(text))


def search_keywords(*, sku: str, mpn: str, name_fr: str, name_en: str) -> str:
    """Extra words for the full-text index: codes without punctuation and accent-free forms of accented words.

    PostgreSQL's ``simple`` configuration keeps accents, so "cable" must be indexed beside "câble"; and a code
    typed without its dash ("5320W") must find the product whose part number has one ("5320-W").
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
    return " ".join(extra)
