"""What a generated product is, and the small helpers every product family shares (UPCs, prices, sizes)."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

# Colours as (French, English, short code used in manufacturer part numbers).
Colour = tuple[str, str, str]
BLACK: Colour = ("noir", "black", "BK")
WHITE: Colour = ("blanc", "white", "WH")
RED: Colour = ("rouge", "red", "RD")
BLUE: Colour = ("bleu", "blue", "BL")
GREEN: Colour = ("vert", "green", "GN")
ORANGE: Colour = ("orange", "orange", "OR")
YELLOW: Colour = ("jaune", "yellow", "YL")
BROWN: Colour = ("brun", "brown", "BR")
GREY: Colour = ("gris", "grey", "GY")
IVORY: Colour = ("ivoire", "ivory", "IV")
VIOLET: Colour = ("violet", "violet", "VI")
ALMOND: Colour = ("amande", "light almond", "LA")

# Conduit trade sizes with their Canadian metric designation.
TRADE_SIZES = (
    ('1/2"', "16"),
    ('3/4"', "21"),
    ('1"', "27"),
    ('1-1/4"', "35"),
    ('1-1/2"', "41"),
    ('2"', "53"),
    ('2-1/2"', "63"),
    ('3"', "78"),
    ('3-1/2"', "91"),
    ('4"', "103"),
)


@dataclass(frozen=True)
class ProductSpec:
    """One sellable product before it gets a Lumen SKU and a UPC."""

    category: str
    brand: str
    mpn: str
    name_fr: str
    name_en: str
    description_fr: str
    description_en: str
    uom: str
    list_price: Decimal
    sale_multiple: int = 1
    price_unit: int = 1
    upc: str | None = None

    def with_upc(self, upc: str) -> ProductSpec:
        return replace(self, upc=upc)


def upc_check_digit(first_eleven: str) -> str:
    """GS1 check digit of a UPC-A: odd positions weigh 3, even positions 1."""
    odd = sum(int(d) for d in first_eleven[0::2])
    even = sum(int(d) for d in first_eleven[1::2])
    return str((10 - (odd * 3 + even) % 10) % 10)


def make_upc(company: int, item: int) -> str:
    """A 12-digit UPC-A from a 6-digit company prefix and a 5-digit item number."""
    body = f"{company % 1_000_000:06d}{item % 100_000:05d}"
    return body + upc_check_digit(body)


def price(rng: random.Random, base: float, spread: float = 0.06) -> Decimal:
    """A list price near ``base``, jittered a little so neighbouring products do not all cost the same."""
    value = Decimal(str(base * rng.uniform(1 - spread, 1 + spread)))
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def spec(
    category: str,
    brand: str,
    mpn: str,
    names: tuple[str, str],
    descriptions: tuple[str, str],
    list_price: Decimal,
    *,
    uom: str = "ea",
    sale_multiple: int = 1,
    price_unit: int = 1,
) -> ProductSpec:
    return ProductSpec(
        category=category,
        brand=brand,
        mpn=mpn,
        name_fr=names[0],
        name_en=names[1],
        description_fr=descriptions[0],
        description_en=descriptions[1],
        uom=uom,
        list_price=list_price,
        sale_multiple=sale_multiple,
        price_unit=price_unit,
    )


def pick(rng: random.Random, options: Iterable[str]) -> str:
    return rng.choice(list(options))
