"""The app's Qt resources: icons (plain SVG files written for Lumen) and compiled translations.

Both live in ``_resources``, the module ``pyside6-rcc`` generates from ``resources/lumen.qrc`` (``scripts/setup``
for a checkout, the wheel build for an install); importing it registers them under ``:/icons/`` and
``:/translations/``.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QSize
from PySide6.QtGui import QIcon

try:
    from . import _resources  # noqa: F401  # registers the resources with Qt on import
except ImportError as missing:  # a checkout where scripts/setup has not run yet
    raise ImportError("lumen_desktop/_resources.py is missing: run scripts/setup to compile the resources") from missing

ICONS = ":/icons"
TRANSLATIONS = ":/translations"


def icon(name: str) -> QIcon:
    """The icon ``:/icons/<name>``, or an empty icon for "" or a name that is not a resource."""
    path = f"{ICONS}/{name}"
    return QIcon(path) if name and QFile.exists(path) else QIcon()


# The sizes window managers, task bars and Alt+Tab ask for; the SVG is drawn sharp at each (and at 2× screens).
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """Lumen's application icon (``:/icons/lumen-app.svg``) at every size a desktop asks for."""
    path = f"{ICONS}/lumen-app.svg"
    result = QIcon()
    for size in APP_ICON_SIZES:
        result.addFile(path, QSize(size, size))
    return result
