"""Conduit and fittings: EMT and rigid PVC in every trade size, their fittings, and liquidtight sold per foot."""

from __future__ import annotations

import random

from lumen_server.demo.products.common import TRADE_SIZES, ProductSpec, price, spec

# List price of a 10 ft length, by trade size index.
EMT_PRICES = (9.85, 15.90, 26.50, 43.0, 51.0, 66.0, 125.0, 150.0, 185.0, 205.0)
PVC_PRICES = (6.10, 8.20, 11.90, 16.50, 19.80, 25.60, 39.0, 51.0, 63.0, 74.0)

# (fr, en, code, price as a fraction of the 10 ft length, sale multiple for small sizes)
EMT_FITTINGS = (
    ("Connecteur EMT à vis de pression", "EMT set-screw connector", "SSC", 0.16, 10),
    ("Connecteur EMT à compression", "EMT compression connector", "CC", 0.24, 10),
    ("Connecteur EMT isolé à compression", "EMT insulated compression connector", "ICC", 0.34, 10),
    ("Raccord EMT à vis de pression", "EMT set-screw coupling", "SSK", 0.14, 10),
    ("Raccord EMT à compression", "EMT compression coupling", "CK", 0.22, 10),
    ("Coude EMT 90°", "EMT 90° elbow", "E90", 1.10, 1),
    ("Attache EMT une patte", "EMT one-hole strap", "S1", 0.05, 25),
    ("Attache EMT deux pattes", "EMT two-hole strap", "S2", 0.04, 25),
    ("Support de conduit EMT", "EMT conduit hanger", "H", 0.09, 10),
)
PVC_FITTINGS = (
    ("Raccord PVC rigide", "Rigid PVC coupling", "C", 0.12, 10),
    ("Adaptateur mâle PVC rigide", "Rigid PVC male terminal adapter", "MA", 0.15, 10),
    ("Adaptateur femelle PVC rigide", "Rigid PVC female adapter", "FA", 0.17, 10),
    ("Coude PVC rigide 90°", "Rigid PVC 90° elbow", "E90", 0.55, 1),
    ("Coude PVC rigide 45°", "Rigid PVC 45° elbow", "E45", 0.45, 1),
    ("Joint de dilatation PVC", "PVC expansion joint", "EJ", 2.40, 1),
    ("Condulet PVC type LB avec couvercle", "PVC type LB conduit body with cover", "LB", 1.05, 1),
    ("Bouchon PVC", "PVC end cap", "CAP", 0.14, 10),
)


def _size_words(size: tuple[str, str]) -> str:
    return f"{size[0]} ({size[1]} mm)"


def emt(rng: random.Random) -> list[ProductSpec]:
    products = []
    for brand, prefix in (("Wheatland", "WT"), ("Atkore Allied", "AA")):
        for index, size in enumerate(TRADE_SIZES):
            products.append(
                spec(
                    "conduit-emt",
                    brand,
                    f"{prefix}-EMT{size[1]}-10",
                    (
                        f"Conduit EMT {_size_words(size)}, longueur de 10 pi",
                        f"EMT conduit {_size_words(size)}, 10 ft length",
                    ),
                    (
                        "Tube électrique métallique en acier galvanisé, homologué CSA C22.2 no 83.",
                        "Galvanized steel electrical metallic tubing, CSA C22.2 No. 83 certified.",
                    ),
                    price(rng, EMT_PRICES[index]),
                )
            )
    for brand, prefix in (("Thomas & Betts", "TB"), ("Iberville", "IB"), ("Bridgeport", "BP")):
        for fr, en, code, fraction, multiple in EMT_FITTINGS:
            for index, size in enumerate(TRADE_SIZES):
                products.append(
                    spec(
                        "conduit-fittings",
                        brand,
                        f"{prefix}{code}-{size[1]}",
                        (f"{fr} {_size_words(size)}", f"{en} {_size_words(size)}"),
                        (f"{fr}, acier zingué, pour conduit EMT.", f"{en}, zinc-plated steel, for EMT conduit."),
                        price(rng, max(0.35, EMT_PRICES[index] * fraction), 0.1),
                        sale_multiple=multiple if index < 4 else 1,
                    )
                )
    return products


def pvc(rng: random.Random) -> list[ProductSpec]:
    products = []
    for brand, prefix in (("IPEX Scepter", "IPX"), ("Royal", "RYL")):
        for index, size in enumerate(TRADE_SIZES):
            products.append(
                spec(
                    "conduit-pvc",
                    brand,
                    f"{prefix}-RPVC{size[1]}",
                    (
                        f"Conduit PVC rigide {_size_words(size)}, longueur de 10 pi",
                        f"Rigid PVC conduit {_size_words(size)}, 10 ft length",
                    ),
                    (
                        "Conduit rigide en PVC gris résistant aux rayons UV, enfoui ou apparent.",
                        "Grey UV-resistant rigid PVC conduit for buried or exposed installations.",
                    ),
                    price(rng, PVC_PRICES[index]),
                )
            )
            for fr, en, code, fraction, multiple in PVC_FITTINGS:
                products.append(
                    spec(
                        "conduit-fittings",
                        brand,
                        f"{prefix}-{code}{size[1]}",
                        (f"{fr} {_size_words(size)}", f"{en} {_size_words(size)}"),
                        (f"{fr} pour conduit PVC rigide.", f"{en} for rigid PVC conduit."),
                        price(rng, max(0.45, PVC_PRICES[index] * fraction), 0.1),
                        sale_multiple=multiple if index < 4 else 1,
                    )
                )
        for volume, base in ((473, 14.5), (946, 23.9)):
            products.append(
                spec(
                    "conduit-fittings",
                    brand,
                    f"{prefix}-CEM{volume}",
                    (f"Colle à solvant pour PVC gris, {volume} ml", f"Grey PVC solvent cement, {volume} ml"),
                    (
                        "Colle à solvant à prise moyenne pour conduits PVC.",
                        "Medium-set solvent cement for PVC conduit.",
                    ),
                    price(rng, base),
                )
            )
    for fr, en, code, base in (
        ("Conduit étanche flexible métallique", "Flexible metallic liquidtight conduit", "LTM", 1.6),
        ("Conduit étanche flexible non métallique", "Flexible non-metallic liquidtight conduit", "LTN", 1.1),
    ):
        for index, size in enumerate(TRADE_SIZES[:7]):
            products.append(
                spec(
                    "conduit-flexible",
                    "Thomas & Betts",
                    f"TB{code}-{size[1]}",
                    (f"{fr} {_size_words(size)}, au pied", f"{en} {_size_words(size)}, per ft"),
                    (f"{fr}, gaine PVC grise, coupé à la longueur.", f"{en}, grey PVC jacket, cut to length."),
                    price(rng, base * 100 * (1 + index * 0.6)),
                    uom="ft",
                    price_unit=100,
                )
            )
    return products


def generate(rng: random.Random) -> list[ProductSpec]:
    return emt(rng) + pvc(rng)
