"""The tokens the catalog index and a query share (``lumen_common.quantities`` / ``search_terms``), spelled out:
a changed token would make the replica and the service disagree, or a size stop finding its products."""

from __future__ import annotations

import pytest

from lumen_common.quantities import quantity_tokens, split_query
from lumen_common.search_terms import search_keywords


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Disjoncteur 15 A", ["15a"]),
        ("Disjoncteur 15A 120V", ["15a", "120v"]),
        ("Breaker 015 amp", ["15a"]),
        ("Fusible 1,5 A", ["3f2a"]),
        ("Fusible 1.5 A", ["3f2a"]),
        ('Boîte 4" x 1-1/2", 15 A', ["4in", "3f2in", "15a"]),
        ('Connecteur 1/2"', ["1f2in"]),
        ("Connecteur 3/4 po", ["3f4in"]),
        ("Transformateur 120/240 V", ["120v", "240v"]),
        ("Fil T90 #12 noir", ["12awg"]),
        ("Fil THHN 12 AWG", ["12awg"]),
        ("Disjoncteur 2 pôles", ["2p"]),
        ("Disjoncteur 20 A bipolaire", ["20a", "2p"]),
        ("Breaker double-pole 20 A", ["2p", "20a"]),
        ("Interrupteur unipolaire", ["1p"]),
        ("Three-pole contactor", ["3p"]),
        ("Disjoncteur QO120 T90", []),
        ("Ruban électrique noir", []),
        ("Pole line hardware", []),
        ("Câble 10 m, 10 m", ["10m"]),
    ],
)
def test_a_name_gives_the_canonical_tokens_of_its_quantities(text: str, tokens: list[str]) -> None:
    assert quantity_tokens(text) == tokens


def test_a_query_is_split_into_its_quantities_and_its_other_words() -> None:
    tokens, rest = split_query("Disjoncteur 20A bipolaire QO")
    assert (tokens, rest.split()) == (["20a", "2p"], ["disjoncteur", "qo"])


def test_keywords_hold_compact_codes_then_accent_free_words_then_sizes_each_once() -> None:
    assert search_keywords(sku="LU-100001", mpn="QO120", names=("Câble électrique 15 A",)) == (
        "lu100001 cable electrique 15a"
    )
    # The same name with other codes: a word already there as a code is not repeated, whichever the product.
    assert search_keywords(sku="CA-BLE", mpn="15-A", names=("Câble électrique 15 A",)) == "cable 15a electrique"
    assert search_keywords(sku="LU-2", mpn="X", names=("Câble électrique 15 A", "Cable 15 amp bipolaire")) == (
        "lu2 cable electrique 15a 2p"
    )
    assert search_keywords(sku="LU2", mpn="X", names=("Cable",)) == ""
