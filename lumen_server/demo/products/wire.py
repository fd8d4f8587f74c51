"""Wire and cable: building wire (T90, RW90, THHN), NMD90, AC90 and Teck90, cut per foot (priced per M) or on reels."""

from __future__ import annotations

import random

from lumen_server.demo.products.common import (
    BLACK,
    BLUE,
    BROWN,
    GREEN,
    ORANGE,
    RED,
    WHITE,
    YELLOW,
    ProductSpec,
    price,
    spec,
)

# Gauge, list price per 1000 ft of T90 copper (CAD).
GAUGES = (
    ("14", 165),
    ("12", 245),
    ("10", 385),
    ("8", 690),
    ("6", 1050),
    ("4", 1650),
    ("3", 2050),
    ("2", 2550),
    ("1/0", 4050),
    ("2/0", 5050),
    ("3/0", 6300),
    ("4/0", 7900),
)
SMALL = {"14", "12", "10"}
LARGE = {"1/0", "2/0", "3/0", "4/0"}

# (label, code, price factor, brands, insulation text fr, en)
BUILDING_WIRE = (
    ("T90 Nylon", "T90N", 1.0, ("Southwire", "Nexans"), "isolant PVC gaine nylon", "PVC insulation, nylon jacket"),
    ("RW90 XLPE", "RW90", 1.12, ("Nexans", "Prysmian"), "isolant XLPE, 600 V", "XLPE insulation, 600 V"),
    ("THHN/THWN-2", "THHN", 0.98, ("Southwire", "Prysmian"), "isolant PVC gaine nylon", "PVC insulation, nylon jacket"),
)


def _colours(gauge: str) -> tuple[tuple[str, str, str], ...]:
    if gauge in SMALL:
        return (BLACK, WHITE, RED, BLUE, GREEN, ORANGE, YELLOW, BROWN)
    if gauge in LARGE:
        return (BLACK, WHITE, RED)
    return (BLACK, WHITE, RED, BLUE, GREEN)


def _reels(gauge: str) -> tuple[int, ...]:
    if gauge in SMALL:
        return (75, 150, 300)
    if gauge in LARGE:
        return (300,)
    return (150, 300)


def _gauge_code(gauge: str) -> str:
    return gauge.replace("/", "-")


def building_wire(rng: random.Random) -> list[ProductSpec]:
    products = []
    for label, code, factor, brands, insul_fr, insul_en in BUILDING_WIRE:
        for gauge, per_m in GAUGES:
            for colour in _colours(gauge):
                brand = brands[(len(gauge) + len(colour[0])) % len(brands)]
                mpn_base = f"{code}{_gauge_code(gauge)}{colour[2]}"
                fr = f"Fil de construction {label} {gauge} AWG cuivre, {colour[0]}"
                en = f"{label} building wire {gauge} AWG copper, {colour[1]}"
                desc = (
                    f"Conducteur de cuivre toronné {gauge} AWG, {insul_fr}, homologué CSA, 90 °C sec/mouillé.",
                    f"Stranded {gauge} AWG copper conductor, {insul_en}, CSA certified, 90 °C dry/wet.",
                )
                per_m_price = per_m * factor
                products.append(
                    spec(
                        "wire-building",
                        brand,
                        f"{mpn_base}-CUT",
                        (f"{fr}, coupé au pied", f"{en}, cut to length (per ft)"),
                        desc,
                        price(rng, per_m_price),
                        uom="ft",
                        sale_multiple=25 if gauge in SMALL else 1,
                        price_unit=1000,
                    )
                )
                for metres in _reels(gauge):
                    reel_price = per_m_price / 1000 * metres * 3.2808 * 0.92
                    products.append(
                        spec(
                            "wire-building",
                            brand,
                            f"{mpn_base}-{metres}M",
                            (f"{fr}, bobine de {metres} m", f"{en}, {metres} m reel"),
                            desc,
                            price(rng, reel_price, 0.03),
                            uom="roll",
                        )
                    )
    return products


# NMD90 size, price per 1000 ft.
NMD90 = (
    ("14/2", 520),
    ("14/3", 760),
    ("12/2", 790),
    ("12/3", 1150),
    ("10/2", 1250),
    ("10/3", 1750),
    ("8/2", 2300),
    ("8/3", 2900),
    ("6/2", 3500),
    ("6/3", 4400),
)


def sheathed_cable(rng: random.Random) -> list[ProductSpec]:
    products = []
    for brand, series in (("Southwire", "Romex SIMpull"), ("Nexans", "Nexans")):
        for size, per_m in NMD90:
            code = size.replace("/", "-")
            desc = (
                f"Câble non métallique NMD90 {size} cuivre avec conducteur de mise à la terre nu, 300 V, gaine PVC.",
                f"NMD90 {size} copper non-metallic sheathed cable with bare ground, 300 V, PVC jacket.",
            )
            base_fr, base_en = f"Câble NMD90 {series} {size} cuivre", f"NMD90 {series} {size} copper cable"
            prefix = "SW" if brand == "Southwire" else "NX"
            products.append(
                spec(
                    "wire-nmd",
                    brand,
                    f"{prefix}-NMD{code}-CUT",
                    (f"{base_fr}, coupé au pied", f"{base_en}, cut to length (per ft)"),
                    desc,
                    price(rng, per_m),
                    uom="ft",
                    price_unit=1000,
                )
            )
            for metres in (75, 150, 300) if size.startswith(("14", "12")) else (75, 150):
                products.append(
                    spec(
                        "wire-nmd",
                        brand,
                        f"{prefix}-NMD{code}-{metres}M",
                        (f"{base_fr}, rouleau de {metres} m", f"{base_en}, {metres} m coil"),
                        desc,
                        price(rng, per_m / 1000 * metres * 3.2808 * 0.9, 0.03),
                        uom="roll",
                    )
                )
        for size, per_m in NMD90[:6]:
            code = size.replace("/", "-")
            products.append(
                spec(
                    "wire-armoured",
                    brand,
                    f"{brand[:2].upper()}-AC90{code}-75M",
                    (
                        f"Câble armé AC90 {size} cuivre, rouleau de 75 m",
                        f"AC90 {size} copper armoured cable, 75 m coil",
                    ),
                    (
                        f"Câble armé AC90 {size}, armure d'aluminium agrafée, conducteurs isolés XLPE.",
                        f"AC90 {size} armoured cable, interlocked aluminum armour, XLPE insulated conductors.",
                    ),
                    price(rng, per_m * 1.9 / 1000 * 75 * 3.2808),
                    uom="roll",
                )
            )
    return products


def teck_cable(rng: random.Random) -> list[ProductSpec]:
    products = []
    for brand, prefix in (("Nexans", "NX"), ("Prysmian", "PR")):
        for metal_fr, metal_en, metal_code, factor in (
            ("cuivre", "copper", "CU", 1.0),
            ("aluminium", "aluminum", "AL", 0.55),
        ):
            for conductors in (2, 3, 4):
                for gauge, per_m in GAUGES[:10]:
                    if metal_code == "AL" and gauge in SMALL | {"8"}:
                        continue
                    label = f"{conductors}C {gauge} AWG"
                    products.append(
                        spec(
                            "wire-teck",
                            brand,
                            f"{prefix}-TECK{metal_code}{conductors}{_gauge_code(gauge)}",
                            (
                                f"Câble Teck90 {label} {metal_fr}, 1000 V, coupé au pied",
                                f"Teck90 cable {label} {metal_en}, 1000 V, cut to length (per ft)",
                            ),
                            (
                                f"Câble Teck90 {conductors} conducteurs {gauge} AWG {metal_fr} plus mise à la terre, "
                                "armure d'aluminium, gaine PVC noire FT4.",
                                f"Teck90 cable, {conductors} conductors {gauge} AWG {metal_en} plus ground, "
                                "aluminum armour, black FT4 PVC jacket.",
                            ),
                            price(rng, (per_m * 2.2 + 900) * factor * (1 + (conductors - 2) * 0.3)),
                            uom="ft",
                            price_unit=1000,
                        )
                    )
    return products


def generate(rng: random.Random) -> list[ProductSpec]:
    return building_wire(rng) + sheathed_cable(rng) + teck_cable(rng)
