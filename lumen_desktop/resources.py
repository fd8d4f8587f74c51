"""The app's Qt resources: icons (plain SVG files written for Lumen) and compiled translations.

Both live in ``_resources``, the module ``pyside6-rcc`` generates from ``resources/lumen.qrc`` (``scripts/setup``
for a checkout, the wheel build for an install); importing it registers them under ``:/icons/`` and
``:/translations/``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QFile, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from .style import is_dark

try:
    from . import _resources  # noqa: F401  # registers the resources with Qt on import
except ImportError as missing:  # a checkout where scripts/setup has not run yet
    raise ImportError("lumen_desktop/_resources.py is missing: run scripts/setup to compile the resources") from missing

ICONS = ":/icons"
TRANSLATIONS = ":/translations"


# The ink of the line icons, drawn for a light background; the dark variant draws them in a lighter blue.
ICON_INK = "#1f4e79"
DARK_ICON_INK = "#9cc3ff"
ICON_SIZES = (16, 20, 24, 32, 48)


def icon(name: str) -> QIcon:
    """The icon ``:/icons/<name>``, or an empty icon for "" or a name that is not a resource; in the dark variant
    (``style.is_dark()``) the same drawing in a lighter ink, sharp at each size and on 2× screens."""
    path = f"{ICONS}/{name}"
    if not name or not QFile.exists(path):
        return QIcon()
    if not is_dark():
        return QIcon(path)
    source = QFile(path)
    if not source.open(QFile.OpenModeFlag.ReadOnly):
        return QIcon(path)
    drawing = bytes(source.readAll().data()).replace(ICON_INK.encode(), DARK_ICON_INK.encode())
    renderer = QSvgRenderer(QByteArray(drawing))
    result = QIcon()
    for size in ICON_SIZES:
        for scale in (1, 2):
            pixmap = QPixmap(size * scale, size * scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            result.addPixmap(pixmap)
    return result


# The sizes window managers, task bars and Alt+Tab ask for; the SVG is drawn sharp at each (and at 2× screens).
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """Lumen's application icon (``:/icons/lumen-app.svg``) at every size a desktop asks for."""
    path = f"{ICONS}/lumen-app.svg"
    result = QIcon()
    for size in APP_ICON_SIZES:
        result.addFile(path, QSize(size, size))
    return result
