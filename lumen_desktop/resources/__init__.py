"""Icons (plain SVG files written for Lumen) and their lookup: ``icon("cart.svg")``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICONS_DIR = Path(__file__).parent / "icons"


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>``, or an empty icon for "" or a missing file."""
    path = ICONS_DIR / name
    return QIcon(str(path)) if name and path.is_file() else QIcon()
