"""Wiring devices (receptacles, switches, wall plates in several colours) and wire connectors (box or per C)."""

from __future__ import annotations

import random
from typing import Any

from lumen_server.demo.products.common import ALMOND, BLACK, GREY, IVORY, WHITE, ProductSpec, price, spec

# Brand, MPN style: Leviton "5320-W", Hubbell "HBL5320WH", Pass & Seymour "5320W".
DEVICE_BRANDS = (("Leviton", "LEV"), ("Hubbell", "HBL"), ("Pass & Seymour", "PS"))

# (fr, en, model, base price, colours offered, category)
RECEPTACLES = (
    ("Prise duplex 15 A 125 V, 5-15R, résidentielle", "Duplex receptacle 15 A 125 V, 5-15R, residential", "5320", 1.45),
    (
        "Prise duplex inviolable 15 A 125 V, 5-15R",
        "Tamper-resistant duplex receptacle 15 A 125 V, 5-15R",
        "T5320",
        2.10,
    ),
    ("Prise duplex 20 A 125 V, 5-20R, commerciale", "Duplex receptacle 20 A 125 V, 5-20R, commercial", "5362", 6.90),
    ("Prise Décora inviolable 15 A 125 V", "Decora tamper-resistant receptacle 15 A 125 V", "T5325", 3.20),
    (
        "Prise Décora inviolable 20 A 125 V, 5-20R",
        "Decora tamper-resistant receptacle 20 A 125 V, 5-20R",
        "T5825",
        5.80,
    ),
    ("Prise DDFT Décora inviolable 15 A", "Decora tamper-resistant GFCI receptacle 15 A", "GFTR1", 24.50),
    (
        "Prise DDFT Décora inviolable résistante aux intempéries 20 A",
        "Decora weather-resistant tamper-resistant GFCI receptacle 20 A",
        "GFWT2",
        34.90,
    ),
    (
        "Prise Décora inviolable 15 A avec chargeur USB type A et type C",
        "Decora tamper-resistant receptacle 15 A with USB type A and type C charger",
        "T5633",
        36.90,
    ),
    (
        "Prise Décora inviolable résistante aux intempéries 15 A",
        "Decora weather-resistant tamper-resistant receptacle 15 A",
        "W5325",
        5.40,
    ),
    ("Prise simple 20 A 125 V, 5-20R", "Single receptacle 20 A 125 V, 5-20R", "5361", 7.80),
)
SWITCHES = (
    ("Interrupteur unipolaire 15 A 120 V, à bascule", "Single-pole toggle switch 15 A 120 V", "1451", 1.25),
    ("Interrupteur trois voies 15 A 120 V, à bascule", "Three-way toggle switch 15 A 120 V", "1453", 2.60),
    ("Interrupteur quatre voies 15 A 120 V", "Four-way switch 15 A 120 V", "1454", 11.90),
    (
        "Interrupteur bipolaire 20 A 120/277 V, commercial",
        "Double-pole switch 20 A 120/277 V, commercial",
        "1222",
        16.50,
    ),
    ("Interrupteur Décora unipolaire 15 A", "Decora single-pole rocker switch 15 A", "5601", 3.40),
    ("Interrupteur Décora trois voies 15 A", "Decora three-way rocker switch 15 A", "5603", 4.90),
    (
        "Gradateur Décora DEL 600 W, unipolaire/trois voies",
        "Decora LED dimmer 600 W, single-pole/three-way",
        "DSL06",
        29.90,
    ),
    ("Détecteur de mouvement Décora, 500 W", "Decora motion sensor switch, 500 W", "ODS15", 42.50),
    ("Interrupteur Décora unipolaire lumineux 15 A", "Decora lighted single-pole rocker switch 15 A", "5691", 9.80),
    ("Interrupteur minuterie Décora, 1 à 60 min", "Decora countdown timer switch, 1 to 60 min", "LTB60", 39.90),
)
PLATES = (
    ("Plaque murale Décora 1 unité, nylon", "Decora wall plate, 1 gang, nylon", "80401", 1.10),
    ("Plaque murale Décora 2 unités, nylon", "Decora wall plate, 2 gang, nylon", "80409", 2.20),
    ("Plaque murale pour prise duplex 1 unité, nylon", "Duplex receptacle wall plate, 1 gang, nylon", "80703", 0.95),
    ("Plaque murale pour interrupteur 1 unité, nylon", "Toggle switch wall plate, 1 gang, nylon", "80701", 0.95),
    ("Plaque murale pleine 1 unité, nylon", "Blank wall plate, 1 gang, nylon", "80714", 0.95),
)
COLOURS = (WHITE, BLACK, IVORY, GREY, ALMOND)


def _mpn(prefix: str, model: str, colour: tuple[str, str, str]) -> str:
    if prefix == "LEV":
        return f"{model}-{colour[2][0]}"
    if prefix == "HBL":
        return f"HBL{model}{colour[2]}"
    return f"{model}{colour[2][0]}"


def _devices(
    rng: random.Random, table: tuple[Any, ...], category: str, colours: tuple[Any, ...], kind: tuple[str, str]
) -> list[ProductSpec]:
    products = []
    for brand, prefix in DEVICE_BRANDS:
        factor = {"LEV": 1.0, "HBL": 1.35, "PS": 0.95}[prefix]
        for fr, en, model, base in table:
            for colour in colours:
                products.append(
                    spec(
                        category,
                        brand,
                        _mpn(prefix, model, colour),
                        (f"{fr}, {colour[0]}", f"{en}, {colour[1]}"),
                        (
                            f"{kind[0]} homologué CSA, bornes à vis et enfichage arrière, couleur {colour[0]}.",
                            f"CSA certified {kind[1]}, screw and back-wire terminals, {colour[1]}.",
                        ),
                        price(rng, base * factor),
                        sale_multiple=10 if base < 2 else 1,
                    )
                )
    return products


def wiring_devices(rng: random.Random) -> list[ProductSpec]:
    return (
        _devices(rng, RECEPTACLES, "devices-receptacles", COLOURS[:4], ("Prise", "receptacle"))
        + _devices(rng, SWITCHES, "devices-switches", COLOURS[:4], ("Interrupteur", "switch"))
        + _devices(rng, PLATES, "devices-plates", COLOURS[:3], ("Plaque murale", "wall plate"))
    )


# (brand, fr, en, MPN, price of a box of 100)
CONNECTORS = (
    ("Ideal", "Connecteur Twister 341 gris", "Twister 341 grey wire connector", "30-341", 14.90),
    ("Ideal", "Connecteur Twister 342 bleu", "Twister 342 blue wire connector", "30-342", 16.90),
    ("Ideal", "Connecteur Twister 343 orange", "Twister 343 orange wire connector", "30-343", 17.90),
    ("Ideal", "Connecteur Twister 344 jaune", "Twister 344 yellow wire connector", "30-344", 19.90),
    ("Ideal", "Connecteur Twister 346 rouge", "Twister 346 red wire connector", "30-346", 24.90),
    ("Ideal", "Connecteur Wing-Nut 451 jaune", "Wing-Nut 451 yellow wire connector", "30-451", 21.50),
    ("Ideal", "Connecteur Wing-Nut 452 rouge", "Wing-Nut 452 red wire connector", "30-452", 26.90),
    ("Ideal", "Connecteur Wing-Nut 454 bleu", "Wing-Nut 454 blue wire connector", "30-454", 34.90),
    ("Thomas & Betts", "Marrette 31 orange", "Marrette 31 orange wire connector", "31-B", 12.90),
    ("Thomas & Betts", "Marrette 33 jaune", "Marrette 33 yellow wire connector", "33-B", 15.90),
    ("Thomas & Betts", "Marrette 35 rouge", "Marrette 35 red wire connector", "35-B", 19.90),
    ("Thomas & Betts", "Marrette 37 bleu", "Marrette 37 blue wire connector", "37-B", 29.50),
    (
        "3M",
        "Connecteur Performance Plus O/B+ orange-bleu",
        "Performance Plus O/B+ orange-blue wire connector",
        "OB-PLUS-BOX",
        17.50,
    ),
    (
        "3M",
        "Connecteur Performance Plus Y/R+ jaune-rouge",
        "Performance Plus Y/R+ yellow-red wire connector",
        "YR-PLUS-BOX",
        22.50,
    ),
    (
        "3M",
        "Connecteur Performance Plus R/Y+ rouge-jaune",
        "Performance Plus R/Y+ red-yellow wire connector",
        "RY-PLUS-BOX",
        26.50,
    ),
    (
        "Wago",
        "Connecteur à levier 221 à 2 conducteurs",
        "221 series lever-nut connector, 2 conductors",
        "221-412",
        58.0,
    ),
    (
        "Wago",
        "Connecteur à levier 221 à 3 conducteurs",
        "221 series lever-nut connector, 3 conductors",
        "221-413",
        69.0,
    ),
    (
        "Wago",
        "Connecteur à levier 221 à 5 conducteurs",
        "221 series lever-nut connector, 5 conductors",
        "221-415",
        98.0,
    ),
    (
        "Wago",
        "Connecteur enfichable 2273 à 2 conducteurs",
        "2273 series push-in connector, 2 conductors",
        "2273-202",
        29.0,
    ),
    (
        "Wago",
        "Connecteur enfichable 2273 à 3 conducteurs",
        "2273 series push-in connector, 3 conductors",
        "2273-203",
        34.0,
    ),
    (
        "Wago",
        "Connecteur enfichable 2273 à 4 conducteurs",
        "2273 series push-in connector, 4 conductors",
        "2273-204",
        41.0,
    ),
    (
        "Wago",
        "Connecteur enfichable 2273 à 5 conducteurs",
        "2273 series push-in connector, 5 conductors",
        "2273-205",
        47.0,
    ),
)


def connectors(rng: random.Random) -> list[ProductSpec]:
    products = []
    for brand, fr, en, mpn, per_box in CONNECTORS:
        desc = (
            "Connecteur de fils homologué CSA pour conducteurs de cuivre, 600 V.",
            "CSA certified wire connector for copper conductors, 600 V.",
        )
        products.append(
            spec(
                "connectors",
                brand,
                mpn,
                (f"{fr}, boîte de 100", f"{en}, box of 100"),
                desc,
                price(rng, per_box),
                uom="box",
            )
        )
        products.append(
            spec(
                "connectors",
                brand,
                f"{mpn}-BULK",
                (f"{fr}, vrac (vendu par 100)", f"{en}, bulk (sold by 100)"),
                desc,
                price(rng, per_box * 0.93),
                sale_multiple=100,
                price_unit=100,
            )
        )
    return products


def generate(rng: random.Random) -> list[ProductSpec]:
    return wiring_devices(rng) + connectors(rng)
