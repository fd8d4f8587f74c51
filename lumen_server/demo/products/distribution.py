"""Boxes and covers, and plug-on circuit breakers of the usual panel series (1, 2 and 3 poles, 10 A to 100 A)."""

from __future__ import annotations

import random

from lumen_server.demo.products.common import ProductSpec, price, spec

# (fr, en, code, base price)
BOXES = (
    ('Boîte octogonale 4" x 1-1/2" prof.', 'Octagon box 4" x 1-1/2" deep', "54151", 3.40),
    ('Boîte octogonale 4" x 2-1/8" prof.', 'Octagon box 4" x 2-1/8" deep', "54171", 4.60),
    (
        'Boîte octogonale 4" x 1-1/2" avec support ajustable',
        'Octagon box 4" x 1-1/2" with adjustable bar hanger',
        "54151-BH",
        11.90,
    ),
    (
        'Boîte octogonale 3-1/2" x 1-1/2" avec brides NMD',
        'Octagon box 3-1/2" x 1-1/2" with NMD clamps',
        "53151-K",
        3.95,
    ),
    ('Boîte de dispositif jumelable 3" x 2" x 2-1/2" prof.', 'Gangable device box 3" x 2" x 2-1/2" deep', "1104", 3.10),
    ('Boîte de dispositif jumelable 3" x 2" x 3-1/2" prof.', 'Gangable device box 3" x 2" x 3-1/2" deep', "1106", 3.95),
    (
        'Boîte de dispositif 3" x 2" x 2-1/2" avec brides NMD et oreilles',
        'Device box 3" x 2" x 2-1/2" with NMD clamps and ears',
        "1104-LLE",
        4.20,
    ),
    ('Boîte carrée 4" x 1-1/2" prof., débouchures 1/2"', '4" square box 1-1/2" deep, 1/2" knockouts', "52151", 4.40),
    (
        'Boîte carrée 4" x 2-1/8" prof., débouchures 1/2" et 3/4"',
        '4" square box 2-1/8" deep, 1/2" and 3/4" knockouts',
        "52171",
        5.90,
    ),
    (
        'Boîte carrée 4-11/16" x 2-1/8" prof., débouchures 1/2" et 3/4"',
        '4-11/16" square box 2-1/8" deep, 1/2" and 3/4" knockouts',
        "72171",
        9.80,
    ),
    (
        'Boîte carrée 4-11/16" x 2-1/8" prof., débouchures 3/4" et 1"',
        '4-11/16" square box 2-1/8" deep, 3/4" and 1" knockouts',
        "72172",
        10.40,
    ),
    ('Couvercle plein boîte carrée 4"', '4" square box blank cover', "52C1", 1.45),
    (
        'Couvercle surélevé 4" carré, 1 dispositif, 1/2" de relief',
        '4" square raised cover, 1 device, 1/2" raised',
        "52C13",
        2.35,
    ),
    ('Couvercle surélevé 4" carré, 2 dispositifs', '4" square raised cover, 2 devices', "52C16", 2.60),
    ('Couvercle surélevé 4" carré, Décora', '4" square raised cover, Decora', "52C49", 2.95),
    ('Couvercle plein boîte 4-11/16"', '4-11/16" box blank cover', "72C1", 2.90),
    ('Anneau de plâtre 4-11/16", 1 dispositif', '4-11/16" plaster ring, 1 device', "72C17", 3.80),
    ('Couvercle plein boîte octogonale 4"', '4" octagon box blank cover', "54C1", 1.20),
)
PLASTIC_BOXES = (
    ("Boîte de dispositif en PVC 1 unité", "PVC device box, 1 gang", "1G", 1.35),
    ("Boîte de dispositif en PVC 2 unités", "PVC device box, 2 gang", "2G", 2.70),
    ("Boîte de dispositif en PVC 3 unités", "PVC device box, 3 gang", "3G", 4.80),
    ("Boîte de dispositif en PVC 4 unités", "PVC device box, 4 gang", "4G", 6.90),
    ("Boîte octogonale en PVC avec clous", "PVC octagon box with nails", "OCT", 2.10),
    ("Boîte pare-vapeur 1 unité", "Vapour barrier box, 1 gang", "VB1", 3.60),
    ("Boîte pare-vapeur 2 unités", "Vapour barrier box, 2 gang", "VB2", 5.40),
    ("Boîte pare-vapeur octogonale", "Octagon vapour barrier box", "VBO", 4.30),
)


def boxes(rng: random.Random) -> list[ProductSpec]:
    products = []
    for brand, prefix in (("Iberville", "IB"), ("Hubbell-Raco", "RC")):
        for fr, en, code, base in BOXES:
            products.append(
                spec(
                    "boxes-metal",
                    brand,
                    f"{prefix}{code}",
                    (fr, en),
                    ("Acier galvanisé, homologué CSA.", "Galvanized steel, CSA certified."),
                    price(rng, base * (1.0 if prefix == "IB" else 1.08)),
                    sale_multiple=1 if base > 5 else 5,
                )
            )
    for brand, prefix in (("Allied Moulded", "AM"), ("Carlon", "CN"), ("Nutek", "NT")):
        for fr, en, code, base in PLASTIC_BOXES:
            products.append(
                spec(
                    "boxes-plastic",
                    brand,
                    f"{prefix}-{code}",
                    (fr, en),
                    (
                        "PVC non conducteur, installation rapide sur montant.",
                        "Non-conductive PVC, quick stud mounting.",
                    ),
                    price(rng, base),
                )
            )
    return products


# (brand, series label, MPN prefix, price factor, GFCI suffix, AFCI suffix)
BREAKER_SERIES = (
    ("Schneider Electric", "Square D QO", "QO", 1.0, "GFI", "CAFI"),
    ("Schneider Electric", "Square D Homeline", "HOM", 0.62, "GFI", "CAFI"),
    ("Siemens", "Siemens QP", "Q", 0.82, "GFA", "AFC"),
    ("Eaton", "Eaton BR", "BR", 0.7, "GF", "AF"),
    ("Eaton", "Eaton CH", "CH", 1.08, "GFT", "AFT"),
)
POLES = {
    1: (10, 15, 20, 25, 30, 40, 50),
    2: (15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100),
    3: (15, 20, 30, 40, 50, 60, 70, 80, 90, 100),
}
POLE_WORDS = {1: ("unipolaire", "single-pole"), 2: ("bipolaire", "double-pole"), 3: ("tripolaire", "three-pole")}


def _breaker_base(poles: int, amps: int) -> float:
    return {1: 16.0, 2: 42.0, 3: 150.0}[poles] + max(0, amps - 30) * (0.6 * poles)


def breakers(rng: random.Random) -> list[ProductSpec]:
    products = []
    for brand, series, prefix, factor, gfci, afci in BREAKER_SERIES:
        for poles, ratings in POLES.items():
            for amps in ratings:
                volts = "120 V" if poles == 1 else ("120/240 V" if poles == 2 else "240 V")
                fr_pole, en_pole = POLE_WORDS[poles]
                products.append(
                    spec(
                        "breakers",
                        brand,
                        f"{prefix}{poles}{amps:02d}",
                        (
                            f"Disjoncteur enfichable {series} {fr_pole} {amps} A, {volts}",
                            f"{series} plug-on circuit breaker {en_pole} {amps} A, {volts}",
                        ),
                        (
                            f"Disjoncteur miniature {amps} A {fr_pole}, 10 kA, pour panneau {series}.",
                            f"{amps} A {en_pole} miniature circuit breaker, 10 kA, for {series} panels.",
                        ),
                        price(rng, _breaker_base(poles, amps) * factor),
                    )
                )
        for poles, amps in ((1, 15), (1, 20), (2, 15), (2, 20), (2, 30), (2, 40), (2, 50)):
            fr_pole, en_pole = POLE_WORDS[poles]
            products.append(
                spec(
                    "breakers",
                    brand,
                    f"{prefix}{poles}{amps}{gfci}",
                    (
                        f"Disjoncteur DDFT {series} {fr_pole} {amps} A, classe A 5 mA",
                        f"{series} GFCI circuit breaker {en_pole} {amps} A, class A 5 mA",
                    ),
                    (
                        "Disjoncteur différentiel de fuite à la terre avec bouton d'essai, protection des personnes.",
                        "Ground-fault circuit interrupter breaker with test button, personnel protection.",
                    ),
                    price(rng, (118.0 if poles == 1 else 165.0) * factor),
                )
            )
        for amps in (15, 20):
            products.append(
                spec(
                    "breakers",
                    brand,
                    f"{prefix}1{amps}{afci}",
                    (
                        f"Disjoncteur AFCI combiné {series} unipolaire {amps} A",
                        f"{series} combination AFCI circuit breaker single-pole {amps} A",
                    ),
                    (
                        "Disjoncteur anti-arcs combiné, exigé pour les circuits de chambres selon le CCE.",
                        "Combination arc-fault breaker, required for bedroom circuits under the CEC.",
                    ),
                    price(rng, 72.0 * factor),
                )
            )
    return products


def generate(rng: random.Random) -> list[ProductSpec]:
    return boxes(rng) + breakers(rng)
