"""The catalog's category tree: (code, parent code, French name, English name), parents before children."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.catalog.models import Category

CATEGORIES: tuple[tuple[str, str | None, str, str], ...] = (
    ("wire", None, "Fils et câbles", "Wire and cable"),
    ("wire-building", "wire", "Fil de construction", "Building wire"),
    ("wire-nmd", "wire", "Câble NMD90", "NMD90 cable"),
    ("wire-armoured", "wire", "Câble armé AC90", "AC90 armoured cable"),
    ("wire-teck", "wire", "Câble Teck90", "Teck90 cable"),
    ("conduit", None, "Conduits et raccords", "Conduit and fittings"),
    ("conduit-emt", "conduit", "Conduit EMT", "EMT conduit"),
    ("conduit-pvc", "conduit", "Conduit PVC rigide", "Rigid PVC conduit"),
    ("conduit-flexible", "conduit", "Conduit flexible étanche", "Liquidtight flexible conduit"),
    ("conduit-fittings", "conduit", "Raccords et attaches", "Fittings and straps"),
    ("boxes", None, "Boîtes électriques", "Electrical boxes"),
    ("boxes-metal", "boxes", "Boîtes et couvercles métalliques", "Metal boxes and covers"),
    ("boxes-plastic", "boxes", "Boîtes en plastique", "Plastic boxes"),
    ("distribution", None, "Distribution électrique", "Power distribution"),
    ("breakers", "distribution", "Disjoncteurs", "Circuit breakers"),
    ("devices", None, "Dispositifs de câblage", "Wiring devices"),
    ("devices-receptacles", "devices", "Prises", "Receptacles"),
    ("devices-switches", "devices", "Interrupteurs et gradateurs", "Switches and dimmers"),
    ("devices-plates", "devices", "Plaques murales", "Wall plates"),
    ("connectors", None, "Connecteurs de fils", "Wire connectors"),
    ("lighting", None, "Éclairage", "Lighting"),
    ("lighting-panels", "lighting", "Panneaux DEL", "LED panels"),
    ("lighting-recessed", "lighting", "Encastrés", "Recessed lighting"),
    ("lighting-industrial", "lighting", "Éclairage commercial et industriel", "Commercial and industrial lighting"),
    ("lighting-lamps", "lighting", "Ampoules et tubes", "Lamps and tubes"),
    ("tools", None, "Outillage", "Tools"),
    ("tools-hand", "tools", "Outils à main", "Hand tools"),
    ("tools-power", "tools", "Outils électriques", "Power tools"),
    ("tools-test", "tools", "Instruments de mesure", "Test instruments"),
    ("supplies", None, "Fournitures", "Supplies"),
    ("supplies-tape", "supplies", "Rubans", "Tape"),
    ("supplies-ties", "supplies", "Attache-câbles", "Cable ties"),
    ("supplies-anchors", "supplies", "Ancrages", "Anchors"),
)


def ensure_categories(session: Session) -> None:
    """Creates the categories missing from the database (the demo creates them all; seeding reuses them)."""
    existing = dict(session.execute(select(Category.code, Category.id)).all())
    for position, (code, parent, name_fr, name_en) in enumerate(CATEGORIES):
        if code in existing:
            continue
        category = Category(
            code=code,
            parent_id=existing[parent] if parent else None,
            name_fr=name_fr,
            name_en=name_en,
            position=position,
        )
        session.add(category)
        session.flush()
        existing[code] = category.id
