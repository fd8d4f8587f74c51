"""Supplies: electrical tape, cable ties (bags of 100 or sold per C) and anchors."""

from __future__ import annotations

import random

from lumen_server.demo.products.common import (
    BLACK,
    BLUE,
    BROWN,
    GREEN,
    GREY,
    ORANGE,
    RED,
    VIOLET,
    WHITE,
    YELLOW,
    ProductSpec,
    price,
    spec,
)

TAPE_COLOURS = (BLACK, WHITE, RED, BLUE, GREEN, YELLOW, BROWN, ORANGE, GREY, VIOLET)


def supplies(rng: random.Random) -> list[ProductSpec]:
    products = [
        spec(
            "supplies-tape",
            "3M",
            "SUPER33-34X66",
            (
                "Ruban électrique Super 33+ vinyle 3/4 po x 66 pi, noir",
                "Super 33+ vinyl electrical tape 3/4 in x 66 ft, black",
            ),
            ("Ruban vinyle de qualité supérieure, -18 °C à 105 °C.", "Premium vinyl tape, 0 °F to 220 °F."),
            price(rng, 8.90),
        ),
        spec(
            "supplies-tape",
            "3M",
            "SCOTCH130C",
            (
                "Ruban d'épissure caoutchouc Scotch 130C 3/4 po x 30 pi",
                "Scotch 130C rubber splicing tape 3/4 in x 30 ft",
            ),
            ("Ruban auto-fusionnant pour épissures haute tension.", "Self-fusing tape for high-voltage splices."),
            price(rng, 34.90),
        ),
    ]
    for colour in TAPE_COLOURS:
        products.append(
            spec(
                "supplies-tape",
                "3M",
                f"TEMFLEX1700-{colour[2]}",
                (
                    f"Ruban électrique vinyle Temflex 1700 3/4 po x 60 pi, {colour[0]}",
                    f"Temflex 1700 vinyl electrical tape 3/4 in x 60 ft, {colour[1]}",
                ),
                ("Ruban vinyle d'usage général.", "General purpose vinyl tape."),
                price(rng, 2.60),
                sale_multiple=10,
            )
        )
        products.append(
            spec(
                "supplies-tape",
                "3M",
                f"SCOTCH35-{colour[2]}",
                (
                    f"Ruban de codage Scotch 35 3/4 po x 66 pi, {colour[0]}",
                    f"Scotch 35 colour coding tape 3/4 in x 66 ft, {colour[1]}",
                ),
                ("Ruban vinyle pour l'identification des phases.", "Vinyl tape for phase identification."),
                price(rng, 6.90),
            )
        )
    for brand, prefix in (("Thomas & Betts", "TY"), ("Panduit", "PLT")):
        for inches, pounds, base in (
            (4, 18, 3.9),
            (5.5, 18, 4.9),
            (7.5, 50, 7.9),
            (8, 50, 8.5),
            (11, 50, 12.9),
            (14, 50, 15.9),
            (14, 120, 24.9),
            (24, 120, 39.9),
            (36, 175, 79.0),
        ):
            for colour_fr, colour_en, code in (
                ("naturel", "natural", "N"),
                ("noir résistant aux UV", "UV-resistant black", "B"),
            ):
                names = (
                    f"Attache-câble {inches} po, {pounds} lb, {colour_fr}",
                    f"Cable tie {inches} in, {pounds} lb, {colour_en}",
                )
                mpn = f"{prefix}{str(inches).replace('.', '')}-{pounds}{code}"
                desc = ("Attache-câble en nylon 6.6.", "Nylon 6.6 cable tie.")
                products.append(
                    spec(
                        "supplies-ties",
                        brand,
                        f"{mpn}-100",
                        (f"{names[0]}, sac de 100", f"{names[1]}, bag of 100"),
                        desc,
                        price(rng, base * (1.15 if code == "B" else 1.0)),
                        uom="bag",
                    )
                )
                products.append(
                    spec(
                        "supplies-ties",
                        brand,
                        f"{mpn}-C",
                        (f"{names[0]}, vendu par 100", f"{names[1]}, sold by 100"),
                        desc,
                        price(rng, base * 0.95),
                        sale_multiple=100,
                        price_unit=100,
                    )
                )
    anchors = (
        ("Cheville en plastique #6-8, boîte de 100", "Plastic anchor #6-8, box of 100", "PA68", 6.9),
        ("Cheville en plastique #10-12, boîte de 100", "Plastic anchor #10-12, box of 100", "PA1012", 8.9),
        ("Boulon à ailettes 1/8 po x 3 po, boîte de 50", "Toggle bolt 1/8 in x 3 in, box of 50", "TB183", 24.9),
        ("Boulon à ailettes 3/16 po x 4 po, boîte de 50", "Toggle bolt 3/16 in x 4 in, box of 50", "TB3164", 34.9),
    )
    for brand, prefix in (("Cobra Anchors", "CB"), ("Red Head", "RH")):
        for fr, en, code, base in anchors:
            products.append(
                spec(
                    "supplies-anchors",
                    brand,
                    f"{prefix}-{code}",
                    (fr, en),
                    ("Pour fixation dans les cloisons sèches et le béton.", "For fastening into drywall and concrete."),
                    price(rng, base),
                    uom="box",
                )
            )
        for diameter in ("3/16", "1/4"):
            for length in ("1-1/4", "1-3/4", "2-1/4", "2-3/4", "3-1/4"):
                products.append(
                    spec(
                        "supplies-anchors",
                        brand,
                        f"{prefix}-TAP{diameter.replace('/', '')}{length.replace('/', '').replace('-', '')}",
                        (
                            f"Vis à béton {diameter} po x {length} po, tête hexagonale, boîte de 100",
                            f"Concrete screw {diameter} in x {length} in, hex head, box of 100",
                        ),
                        (
                            "Vis à béton bleue pour le béton, la brique et le bloc.",
                            "Blue concrete screw for concrete, brick and block.",
                        ),
                        price(rng, 22.0 + len(length) * 4.2 + (8 if diameter == "1/4" else 0)),
                        uom="box",
                    )
                )
    return products


def generate(rng: random.Random) -> list[ProductSpec]:
    return supplies(rng)
