"""Number-and-unit tokens ("15 A", "12AWG", "#12", '1/2"', "3/4 po", "2P", "bipolaire") in one spelling each.

An electrician types "15A", a product name says "15 A"; "1/2 po" and '1/2"' are the same size. Both the catalog
index and a search query run their text through ``quantities``, which answers one canonical token per quantity
("15a", "12awg", "1f2in", "2p"), so the two meet whichever way either was written. Tokens are letters and digits
only, safe for FTS5, PostgreSQL's ``simple`` parser and a ``LIKE`` alike; they are matched whole, never as
prefixes ("10a" must not find "10awg").

The number is its exact value: "1-1/2" and "1.5" are both ``3f2`` (numerator, "f", denominator,
reduced). "a/b" is a fraction only with an inch-ruler denominator (2, 4, … 64) above the numerator; otherwise it is
two values of the same unit ("120/240 V" → "120v", "240v"). "#12" is a gauge, the same as "12 AWG".

The service's index and queries and the desktop's offline replica both use it, so both sides cut text the same way.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from fractions import Fraction

# canonical unit → the spellings after a number (casefolded; accents are kept so "à" is never "a")
_UNITS: dict[str, tuple[str, ...]] = {
    "awg": ("awg", "ga", "gauge", "jauge"),
    "in": ('"', "”", "″", "''", "po", "pouces", "pouce", "inches", "inch", "in"),
    "ft": ("'", "’", "′", "pi", "pieds", "pied", "feet", "foot", "ft"),
    "mm": ("mm",),
    "cm": ("cm",),
    "m": ("m", "mètres", "mètre", "metres", "metre", "meters", "meter"),
    "ka": ("ka",),
    "ma": ("ma",),
    "a": ("a", "amps", "amp", "ampères", "ampère", "amperes", "ampere"),
    "kv": ("kv",),
    "v": ("v", "volts", "volt", "vac", "vca"),
    "kva": ("kva",),
    "kw": ("kw",),
    "w": ("w", "watts", "watt"),
    "hz": ("hz",),
    "c": ("°c", "° c"),
    "p": ("p", "pôles", "pôle", "poles", "pole"),
}
_SPELLING = {spelling: unit for unit, spellings in _UNITS.items() for spelling in spellings}
_UNIT = "|".join(re.escape(s) for s in sorted(_SPELLING, key=len, reverse=True))
# A number not glued to a code ("QO120", "LU-100465", "T90"): digits, a decimal, a fraction or a mixed number.
# A mixed number takes a dash ("1-1/2"): with a space, "Temflex 1700 3/4 po" would read as 1700¾ inches.
_NUMBER = r"\d+(?:[.,]\d+)?(?:-\d+/\d+)?(?:/\d+)?"
_QUANTITY = re.compile(
    rf"(?<![\w.,/-])(?:#\s?(?P<gauge>\d+)(?:\s?(?:awg|ga|gauge|jauge)(?!\w))?"
    rf"|(?P<number>{_NUMBER})(?:\s?|-(?=p))(?P<unit>{_UNIT})(?!\w))"
)
# Pole counts said in words: "bipolaire", "double-pole", "2 pôles" (the last is caught by _QUANTITY).
_POLE_WORDS = re.compile(
    r"(?<!\w)(?:(?P<one>unipolaire|single[- ]pole)|(?P<two>bipolaire|double[- ]pole|two[- ]pole)"
    r"|(?P<three>tripolaire|triple[- ]pole|three[- ]pole))(?!\w)"
)
_INCH_DENOMINATORS = frozenset({2, 4, 8, 16, 32, 64})
# Every match of _QUANTITY holds a digit and every match of _POLE_WORDS "pol": most catalog names lack one or the
# other, and these checks answer ten times sooner than the patterns' scans, with the same (empty) result.
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Quantity:
    """One quantity found in a text: where it stands and its canonical tokens (one, or two for "120/240 V")."""

    start: int
    end: int
    tokens: tuple[str, ...]


def _values(number: str) -> list[Fraction]:
    number = number.replace(",", ".")
    mixed = re.fullmatch(r"(\d+)-(\d+)/(\d+)", number)
    if mixed:
        whole, numerator, denominator = (int(g) for g in mixed.groups())
        return [whole + Fraction(numerator, denominator or 1)]
    if "/" in number:
        left, right = number.split("/", 1)
        a, b = Fraction(left), Fraction(right)
        if b.denominator == 1 and int(b) in _INCH_DENOMINATORS and a < b and a.denominator == 1:
            return [a / b]
        return [a, b]
    return [Fraction(number)]


def _spell(value: Fraction, unit: str) -> str:
    if value.denominator == 1:
        return f"{value.numerator}{unit}"
    return f"{value.numerator}f{value.denominator}{unit}"


def lowered(text: str) -> str:
    """The text ``quantities`` reads (its positions are in this text): case folded, accents composed."""
    return unicodedata.normalize("NFC", text.casefold())


def quantities(text: str) -> list[Quantity]:
    """Every quantity of ``lowered(text)``, in order: 'Boîte 4" x 1-1/2", 15 A' → 4in, 3f2in, 15a."""
    text = lowered(text)
    found: list[Quantity] = []
    for match in _QUANTITY.finditer(text) if _DIGIT.search(text) else ():
        gauge, number = match.group("gauge", "number")
        if gauge is not None:
            tokens: tuple[str, ...] = (f"{int(gauge)}awg",)
        elif number.isdecimal():  # a whole number ("15 A", most quantities): its value without a Fraction
            tokens = (f"{int(number)}{_SPELLING[match.group('unit')]}",)
        else:
            unit = _SPELLING[match.group("unit")]
            tokens = tuple(_spell(v, unit) for v in _values(number))
        found.append(Quantity(match.start(), match.end(), tokens))
    for match in _POLE_WORDS.finditer(text) if "pol" in text else ():
        poles = 1 if match.group("one") else 2 if match.group("two") else 3
        found.append(Quantity(match.start(), match.end(), (f"{poles}p",)))
    return sorted(found, key=lambda q: q.start)


def quantity_tokens(text: str) -> list[str]:
    """The canonical tokens of every quantity in ``text``, each once, in order."""
    tokens: list[str] = []
    for quantity in quantities(text):
        tokens.extend(t for t in quantity.tokens if t not in tokens)
    return tokens


def split_query(q: str) -> tuple[list[str], str]:
    """A query's quantity tokens, and the rest of its (lowered) text without them, for the word search."""
    q = lowered(q)
    found = quantities(q)
    tokens = [t for quantity in found for t in quantity.tokens]
    rest, cursor = [], 0
    for quantity in found:
        rest.append(q[cursor : quantity.start])
        cursor = quantity.end
    rest.append(q[cursor:])
    return list(dict.fromkeys(tokens)), " ".join(rest)
