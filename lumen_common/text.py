"""Catalog text folded for search, the same way on the service's index and the desktop's offline copy."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents: "Câble Électrique" → "cable electrique"."""
    if text.isascii():  # nothing to decompose (most catalog words): the same answer, ten times sooner
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
