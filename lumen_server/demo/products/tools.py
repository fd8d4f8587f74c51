"""Tools: Klein hand tools, Milwaukee cordless tools and accessories, Fluke and Klein testers."""

from __future__ import annotations

import random

from lumen_server.demo.products.common import (
    ProductSpec,
    price,
    spec,
)

# (category, brand, MPN, fr, en, price)
TOOLS = (
    ("tools-hand", "Klein Tools", "D213-9NE", "Pince de monteur de lignes 9 po", "Linesman's pliers 9 in", 54.9),
    (
        "tools-hand",
        "Klein Tools",
        "D2000-9NE",
        "Pince coupante latérale à grand levier 9 po",
        "High-leverage side cutting pliers 9 in",
        49.9,
    ),
    ("tools-hand", "Klein Tools", "D228-8", "Pince coupante diagonale 8 po", "Diagonal cutting pliers 8 in", 44.9),
    ("tools-hand", "Klein Tools", "D203-8", "Pince à bec long 8 po", "Long nose pliers 8 in", 39.9),
    (
        "tools-hand",
        "Klein Tools",
        "11055",
        "Pince à dénuder Klein-Kurve 10-18 AWG",
        "Klein-Kurve wire stripper 10-18 AWG",
        29.9,
    ),
    ("tools-hand", "Klein Tools", "11057", "Pince à dénuder 20-30 AWG", "Wire stripper 20-30 AWG", 27.9),
    ("tools-hand", "Klein Tools", "K12035", "Pince à dénuder pour câble NMD", "NM cable stripper", 34.9),
    ("tools-hand", "Klein Tools", "63050", "Coupe-câble à haut levier", "High-leverage cable cutter", 69.9),
    ("tools-hand", "Klein Tools", "32500", "Tournevis multi-embouts 11 en 1", "11-in-1 multi-bit screwdriver", 26.9),
    ("tools-hand", "Klein Tools", "9225", "Ruban à mesurer 25 pi", "Tape measure 25 ft", 29.9),
    ("tools-hand", "Klein Tools", "935DAG", "Niveau numérique magnétique", "Digital magnetic level", 59.9),
    ("tools-hand", "Klein Tools", "5139", "Sac à outils 12 po", "Tool bag 12 in", 49.9),
    ("tools-hand", "Greenlee", "1818", "Cintreuse EMT 1/2 po avec manche", "EMT bender 1/2 in with handle", 119.0),
    ("tools-hand", "Greenlee", "1811", "Cintreuse EMT 3/4 po avec manche", "EMT bender 3/4 in with handle", 139.0),
    (
        "tools-power",
        "Milwaukee",
        "2903-20",
        "Perceuse-visseuse M18 FUEL 1/2 po (outil seulement)",
        "M18 FUEL 1/2 in drill/driver (tool only)",
        229.0,
    ),
    (
        "tools-power",
        "Milwaukee",
        "2903-22",
        "Ensemble perceuse-visseuse M18 FUEL 1/2 po",
        "M18 FUEL 1/2 in drill/driver kit",
        429.0,
    ),
    (
        "tools-power",
        "Milwaukee",
        "2904-20",
        "Perceuse à percussion M18 FUEL 1/2 po (outil seulement)",
        "M18 FUEL 1/2 in hammer drill (tool only)",
        249.0,
    ),
    (
        "tools-power",
        "Milwaukee",
        "2953-20",
        "Visseuse à percussion M18 FUEL 1/4 po hex (outil seulement)",
        "M18 FUEL 1/4 in hex impact driver (tool only)",
        219.0,
    ),
    (
        "tools-power",
        "Milwaukee",
        "2953-22",
        "Ensemble visseuse à percussion M18 FUEL",
        "M18 FUEL impact driver kit",
        399.0,
    ),
    (
        "tools-power",
        "Milwaukee",
        "2821-20",
        "Scie alternative SAWZALL M18 FUEL (outil seulement)",
        "M18 FUEL SAWZALL reciprocating saw (tool only)",
        329.0,
    ),
    (
        "tools-power",
        "Milwaukee",
        "2829-20",
        "Scie à ruban compacte M18 FUEL (outil seulement)",
        "M18 FUEL compact band saw (tool only)",
        399.0,
    ),
    (
        "tools-power",
        "Milwaukee",
        "2676-22",
        "Poinçonneuse M18 FORCE LOGIC 6 t",
        "M18 FORCE LOGIC 6T knockout tool kit",
        2999.0,
    ),
    (
        "tools-power",
        "Milwaukee",
        "48-11-1850",
        "Batterie M18 REDLITHIUM XC 5,0 Ah",
        "M18 REDLITHIUM XC 5.0 Ah battery",
        189.0,
    ),
    (
        "tools-power",
        "Milwaukee",
        "48-11-1880",
        "Batterie M18 REDLITHIUM HIGH OUTPUT 8,0 Ah",
        "M18 REDLITHIUM HIGH OUTPUT 8.0 Ah battery",
        299.0,
    ),
    ("tools-power", "Milwaukee", "48-59-1812", "Chargeur double M18/M12", "M18/M12 dual battery charger", 119.0),
    (
        "tools-power",
        "Milwaukee",
        "48-89-9221",
        "Foret étagé STEP #1 1/8 à 1/2 po",
        "STEP #1 step drill bit 1/8 to 1/2 in",
        39.9,
    ),
    (
        "tools-test",
        "Fluke",
        "FLUKE-117",
        "Multimètre numérique 117 pour électriciens",
        "117 electrician's digital multimeter",
        329.0,
    ),
    (
        "tools-test",
        "Fluke",
        "FLUKE-87-5",
        "Multimètre numérique industriel 87V",
        "87V industrial digital multimeter",
        689.0,
    ),
    (
        "tools-test",
        "Fluke",
        "FLUKE-323",
        "Pince ampèremétrique 323 à valeur efficace vraie",
        "323 true-rms clamp meter",
        249.0,
    ),
    (
        "tools-test",
        "Fluke",
        "FLUKE-376FC",
        "Pince ampèremétrique 376 FC avec iFlex",
        "376 FC clamp meter with iFlex",
        799.0,
    ),
    (
        "tools-test",
        "Fluke",
        "FLUKE-T5-600",
        "Testeur de tension et de continuité T5-600",
        "T5-600 voltage and continuity tester",
        229.0,
    ),
    (
        "tools-test",
        "Fluke",
        "FLUKE-T6-1000",
        "Testeur électrique T6-1000 FieldSense",
        "T6-1000 FieldSense electrical tester",
        449.0,
    ),
    (
        "tools-test",
        "Fluke",
        "1AC-A1-II",
        "Détecteur de tension sans contact VoltAlert",
        "VoltAlert non-contact voltage tester",
        49.9,
    ),
    ("tools-test", "Fluke", "FLUKE-1587FC", "Multimètre d'isolement 1587 FC", "1587 FC insulation multimeter", 1599.0),
    ("tools-test", "Fluke", "TL175", "Cordons de test TwistGuard", "TwistGuard test leads", 69.9),
    ("tools-test", "Klein Tools", "NCVT-1", "Détecteur de tension sans contact", "Non-contact voltage tester", 32.9),
    ("tools-test", "Klein Tools", "RT250", "Testeur de prises DDFT", "GFCI receptacle tester", 29.9),
)
SCREWDRIVERS = (
    ("Robertson", "Robertson", "carré", "square", ("#1", "#2", "#3")),
    ("Phillips", "Phillips", "cruciforme", "Phillips", ("#1", "#2", "#3")),
    ("plat", "slotted", "à lame plate", "flat blade", ('3/16"', '1/4"', '5/16"')),
)


def _size_code(size: str) -> str:
    return "".join(c for c in size if c.isdigit())


def tools(rng: random.Random) -> list[ProductSpec]:
    products = [
        spec(
            category,
            brand,
            mpn,
            (fr, en),
            (f"{fr} de qualité professionnelle.", f"Professional grade {en[0].lower() + en[1:]}."),
            price(rng, base, 0.02),
        )
        for category, brand, mpn, fr, en, base in TOOLS
    ]
    for label_fr, label_en, tip_fr, tip_en, sizes in SCREWDRIVERS:
        for size in sizes:
            for length in (3, 4, 6):
                products.append(
                    spec(
                        "tools-hand",
                        "Klein Tools",
                        f"K{label_en[:2].upper()}{_size_code(size)}-{length}",
                        (
                            f"Tournevis {label_fr} {size}, tige de {length} po, pointe {tip_fr}",
                            f"{label_en} screwdriver {size}, {length} in shank, {tip_en} tip",
                        ),
                        (
                            "Tige isolée résistante au couple, manche coussiné.",
                            "High-torque shank, cushion-grip handle.",
                        ),
                        price(rng, 11.0 + length * 0.9),
                    )
                )
    for feet in (25, 50, 100, 125, 200, 240):
        for material_fr, material_en, code, factor in (
            ("acier", "steel", "S", 1.0),
            ("fibre de verre", "fiberglass", "F", 1.6),
        ):
            products.append(
                spec(
                    "tools-hand",
                    "Klein Tools",
                    f"563{code}{feet}",
                    (f"Ruban de tirage en {material_fr} {feet} pi", f"{material_en.capitalize()} fish tape {feet} ft"),
                    ("Ruban de tirage dans un boîtier robuste.", "Fish tape in a rugged case."),
                    price(rng, (35.0 + feet * 0.45) * factor),
                )
            )
    for size in ('7/8"', '1-1/8"', '1-3/8"', '1-3/4"', '2"', '2-1/2"', '3"', '4"'):
        products.append(
            spec(
                "tools-power",
                "Milwaukee",
                f"49-56-{9600 + len(products) % 97}",
                (f"Scie-cloche bimétal HOLE DOZER {size}", f"HOLE DOZER bi-metal hole saw {size}"),
                (
                    "Scie-cloche bimétal pour l'acier, le bois et le plastique.",
                    "Bi-metal hole saw for steel, wood and plastic.",
                ),
                price(rng, 14.0 + len(size) * 3.1),
            )
        )
    return products


def generate(rng: random.Random) -> list[ProductSpec]:
    return tools(rng)
