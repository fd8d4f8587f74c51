"""Luminaires (LED panels, pot lights, vapour-tight, high bays, wall packs) and LED lamps."""

from __future__ import annotations

import random

from lumen_server.demo.products.common import ProductSpec, price, spec

CCTS = ("3000K", "3500K", "4000K", "5000K")
FIXTURE_BRANDS = (("Lithonia Lighting", "LTH"), ("Stanpro", "STP"), ("Liteline", "LTL"))


def panels(rng: random.Random) -> list[ProductSpec]:
    products = []
    for brand, prefix in FIXTURE_BRANDS:
        for size, watts_options, base in (("1x4", (30, 40), 89.0), ("2x2", (30, 40), 79.0), ("2x4", (40, 50), 109.0)):
            for watts in watts_options:
                for cct in (*CCTS[1:], "3CCT"):
                    for emergency in (False, True):
                        cct_fr = "température de couleur sélectionnable" if cct == "3CCT" else cct
                        cct_en = "selectable colour temperature" if cct == "3CCT" else cct
                        extra = (", avec batterie d'urgence", ", with emergency battery") if emergency else ("", "")
                        products.append(
                            spec(
                                "lighting-panels",
                                brand,
                                f"{prefix}-PNL{size.replace('x', '')}-{watts}W-{cct}{'-EM' if emergency else ''}",
                                (
                                    f"Panneau DEL {size} pi {watts} W, {cct_fr}, gradable 0-10 V{extra[0]}",
                                    f"LED flat panel {size} ft {watts} W, {cct_en}, 0-10 V dimmable{extra[1]}",
                                ),
                                (
                                    f"Panneau DEL à éclairage latéral {size} pi pour plafond, {watts * 120} lm, "
                                    "homologué cUL, DLC Premium.",
                                    f"Edge-lit {size} ft LED panel for suspended ceilings, {watts * 120} lm, "
                                    "cUL listed, DLC Premium.",
                                ),
                                price(rng, base + watts * 0.8 + (95 if emergency else 0)),
                            )
                        )
    return products


def pot_lights(rng: random.Random) -> list[ProductSpec]:
    products = []
    trims = (("blanc", "white", "WH"), ("noir", "black", "BK"), ("nickel brossé", "brushed nickel", "BN"))
    for brand, prefix in FIXTURE_BRANDS:
        for inches, watts, base in ((3, 7, 19.9), (4, 9, 22.9), (6, 12, 26.9)):
            for cct in ("2700K", "3000K", "4000K", "5CCT"):
                for trim in trims:
                    cct_fr = "5 températures de couleur sélectionnables" if cct == "5CCT" else cct
                    cct_en = "5 selectable colour temperatures" if cct == "5CCT" else cct
                    products.append(
                        spec(
                            "lighting-recessed",
                            brand,
                            f"{prefix}-SLIM{inches}-{watts}W-{cct}-{trim[2]}",
                            (
                                f'Encastré DEL ultra-mince {inches}" {watts} W, {cct_fr}, garniture {trim[0]}',
                                f'Ultra-slim LED recessed light {inches}" {watts} W, {cct_en}, {trim[1]} trim',
                            ),
                            (
                                "Luminaire encastré mince avec boîte de jonction déportée, aucun boîtier requis, "
                                "homologué pour contact avec l'isolant (IC) et endroits humides.",
                                "Slim recessed luminaire with remote junction box, no housing required, "
                                "IC rated and damp location listed.",
                            ),
                            price(rng, base + (4 if trim[2] == "BN" else 0)),
                        )
                    )
    return products


def industrial(rng: random.Random) -> list[ProductSpec]:
    products = []
    for brand, prefix in FIXTURE_BRANDS:
        for feet, watts, base in ((2, 20, 54.0), (4, 40, 79.0), (8, 80, 149.0)):
            for cct in ("4000K", "5000K"):
                for sensor in (False, True):
                    opt = (" avec détecteur de mouvement", " with motion sensor") if sensor else ("", "")
                    products.append(
                        spec(
                            "lighting-industrial",
                            brand,
                            f"{prefix}-VT{feet}-{watts}W-{cct}{'-MS' if sensor else ''}",
                            (
                                f"Luminaire étanche DEL {feet} pi {watts} W {cct}{opt[0]}",
                                f"LED vapor-tight fixture {feet} ft {watts} W {cct}{opt[1]}",
                            ),
                            (
                                "Luminaire étanche IP65 pour stationnements, entrepôts et lave-autos.",
                                "IP65 vapor-tight fixture for parking garages, warehouses and car washes.",
                            ),
                            price(rng, base + (38 if sensor else 0)),
                        )
                    )
        for watts, base in ((100, 139.0), (150, 179.0), (200, 229.0), (240, 269.0)):
            for cct in ("4000K", "5000K"):
                products.append(
                    spec(
                        "lighting-industrial",
                        brand,
                        f"{prefix}-UFO{watts}-{cct}",
                        (f"Luminaire DEL grande hauteur rond {watts} W {cct}", f"Round LED high bay {watts} W {cct}"),
                        (
                            f"Luminaire pour plafonds de 15 à 40 pi, {watts * 150} lm, gradable 0-10 V.",
                            f"High bay for 15 to 40 ft ceilings, {watts * 150} lm, 0-10 V dimmable.",
                        ),
                        price(rng, base),
                    )
                )
        for watts, base in ((30, 89.0), (60, 129.0), (100, 189.0)):
            for cct in ("4000K", "5000K"):
                products.append(
                    spec(
                        "lighting-industrial",
                        brand,
                        f"{prefix}-WP{watts}-{cct}",
                        (f"Applique murale extérieure DEL {watts} W {cct}", f"LED outdoor wall pack {watts} W {cct}"),
                        (
                            "Applique murale extérieure avec photocellule, bronze.",
                            "Outdoor wall pack with photocell, bronze.",
                        ),
                        price(rng, base),
                    )
                )
    return products


# (fr, en, code, watts, equivalent watts, base price, pack sizes)
LAMPS = (
    ("Ampoule DEL A19", "LED A19 bulb", "A19", 9, 60, 4.90),
    ("Ampoule DEL A19", "LED A19 bulb", "A19", 11, 75, 6.20),
    ("Ampoule DEL A21", "LED A21 bulb", "A21", 15, 100, 8.90),
    ("Ampoule DEL BR30", "LED BR30 flood lamp", "BR30", 9, 65, 7.90),
    ("Ampoule DEL PAR20", "LED PAR20 lamp", "PAR20", 7, 50, 9.90),
    ("Ampoule DEL PAR38", "LED PAR38 lamp", "PAR38", 14, 90, 16.90),
    ("Ampoule DEL GU10 MR16", "LED MR16 GU10 lamp", "GU10", 6, 50, 6.90),
    ("Tube DEL T8 4 pi type A/B", "LED T8 4 ft tube, type A/B", "T8-4", 15, 32, 11.90),
    ("Tube DEL T8 2 pi type A/B", "LED T8 2 ft tube, type A/B", "T8-2", 9, 17, 9.50),
)
LAMP_BRANDS = (("Philips", "PH"), ("Sylvania", "SYL"), ("GE", "GE"), ("Stanpro", "STP"))


def lamps(rng: random.Random) -> list[ProductSpec]:
    products = []
    for brand, prefix in LAMP_BRANDS:
        for fr, en, code, watts, equivalent, base in LAMPS:
            for cct in ("2700K", "3000K", "4000K", "5000K"):
                for pack in (1, 4) if not code.startswith("T8") else (1, 10):
                    pack_words = (f", paquet de {pack}", f", pack of {pack}") if pack > 1 else ("", "")
                    products.append(
                        spec(
                            "lighting-lamps",
                            brand,
                            f"{prefix}-{code}-{watts}W-{cct[:2]}K{'' if pack == 1 else f'-{pack}PK'}",
                            (
                                f"{fr} {watts} W (équiv. {equivalent} W) {cct} gradable{pack_words[0]}",
                                f"{en} {watts} W ({equivalent} W equivalent) {cct} dimmable{pack_words[1]}",
                            ),
                            (
                                f"Lampe DEL {cct}, IRC 90, durée de vie de 25 000 heures.",
                                f"{cct} LED lamp, CRI 90, 25,000 hour rated life.",
                            ),
                            price(rng, base * pack * (0.9 if pack > 1 else 1.0)),
                            uom="ea" if pack == 1 else "pack",
                        )
                    )
    return products


def generate(rng: random.Random) -> list[ProductSpec]:
    return panels(rng) + pot_lights(rng) + industrial(rng) + lamps(rng)
