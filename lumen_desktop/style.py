"""The app's look in one place: its colours (light and dark), text roles, spacing and row heights.

Views never write colours or fonts themselves: a label gets a role (``set_role(label, "title")``: "title",
"heading", "error", "success", "warning", "muted", "total", "notice") and the application's style sheet,
built here, gives each role its look; item models take their row colours from ``brush("pending")`` at
``data()`` time. ``apply(app)`` sets Qt's Fusion style with Lumen's palette and follows the system's light or
dark choice (Qt 6.5+ ``styleHints().colorScheme()``), switching live when the system switches; ``LUMEN_THEME``
("light" / "dark") overrides the system, for screenshots and for people who want one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

# Paper is white whatever the screen shows: the column titles of a printed table on light grey.
PRINT_HEADER = "#e8e8e8"

# Spacing, in pixels: inside a group, between groups, around a page.
SPACING = 6
SECTION_SPACING = 12
PAGE_MARGIN = 10


@dataclass(frozen=True)
class Colors:
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    error: str
    success: str
    success_background: str
    warning_text: str
    warning_background: str
    warning_border: str
    pending_background: str
    problem_background: str
    problem_text: str


LIGHT = Colors(
    window="#f4f5f7",
    base="#ffffff",
    alternate="#f7f8fa",
    text="#1f2328",
    muted="#656d76",
    accent="#1f6feb",
    accent_text="#ffffff",
    border="#d0d7de",
    error="#b00020",
    success="#1b5e20",
    success_background="#e6f4ea",
    warning_text="#6b5200",
    warning_background="#fff3cd",
    warning_border="#e0c36c",
    pending_background="#fff6cc",
    problem_background="#fde0e0",
    problem_text="#842029",
)

DARK = Colors(
    window="#1e2227",
    base="#16191d",
    alternate="#1b1f24",
    text="#e6e8eb",
    muted="#9aa4ae",
    accent="#4c8dff",
    accent_text="#ffffff",
    border="#3a4048",
    error="#ff8a80",
    success="#8fd19e",
    success_background="#1f3a26",
    warning_text="#f2d37a",
    warning_background="#3d3416",
    warning_border="#7a6420",
    pending_background="#3d3416",
    problem_background="#4a2326",
    problem_text="#ffb4ab",
)

# Model roles → the colour of the row (background, text): pending edits, refused lines, overdue requests…
_BRUSHES = {
    "pending": "pending_background",
    "changed": "pending_background",
    "problem": "problem_background",
    "problem_text": "problem_text",
    "overdue": "warning_background",
}


def is_dark() -> bool:
    """True when the app shows its dark variant (the system's choice, or ``LUMEN_THEME``)."""
    chosen = os.environ.get("LUMEN_THEME", "").lower()
    if chosen in ("light", "dark"):
        return chosen == "dark"
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def colors() -> Colors:
    return DARK if is_dark() else LIGHT


def brush(name: str) -> QBrush:
    """The brush for a row state of an item model ("pending", "changed", "problem", "problem_text")."""
    return QBrush(QColor(getattr(colors(), _BRUSHES[name])))


def color(name: str) -> QColor:
    """One colour of the current palette by its field name (``color("error")``), for painting code."""
    return QColor(getattr(colors(), name))


def set_role(widget: QWidget, role: str) -> None:
    """Gives ``widget`` the look of ``role`` (see the module's docstring); "" takes it away."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def row_height(widget: QWidget) -> int:
    """The height of one row in every list, table and tree: a line of text with room around it."""
    return widget.fontMetrics().height() + 2 * SPACING


def palette(c: Colors) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for which, value in (
        (role.Window, c.window),
        (role.WindowText, c.text),
        (role.Base, c.base),
        (role.AlternateBase, c.alternate),
        (role.Text, c.text),
        (role.Button, c.window),
        (role.ButtonText, c.text),
        (role.ToolTipBase, c.base),
        (role.ToolTipText, c.text),
        (role.PlaceholderText, c.muted),
        (role.Highlight, c.accent),
        (role.HighlightedText, c.accent_text),
        (role.Link, c.accent),
        (role.Mid, c.border),
    ):
        p.setColor(which, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, which, QColor(c.muted))
    return p


def style_sheet(c: Colors, row: int) -> str:
    """The application's style sheet: text roles, the banner and notes, and rows as high as ``row``."""
    return f"""
QLabel[role="title"] {{ font-size: 16pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: 13pt; font-weight: 600; }}
QLabel[role="total"] {{ font-size: 12pt; font-weight: 600; }}
QLabel[role="error"] {{ color: {c.error}; }}
QLabel[role="success"] {{ color: {c.success}; font-weight: 600; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="warning"] {{ color: {c.warning_text}; }}
QLabel[role="notice"] {{ background: {c.warning_background}; color: {c.text}; padding: 4px 8px;
    border: 1px solid {c.warning_border}; border-radius: 3px; }}
QLabel[role="confirmation"] {{ background: {c.success_background}; color: {c.success}; padding: 6px 8px;
    font-weight: 600; border-radius: 3px; }}
QLabel[role="pending"] {{ background: {c.pending_background}; color: {c.warning_text}; padding: 6px 8px;
    border-radius: 3px; }}
QWidget[role="refused"] {{ background: {c.problem_background}; border-radius: 3px; }}
QFrame#connectionBanner {{ background: {c.warning_background}; border-bottom: 1px solid {c.warning_border}; }}
QFrame#connectionBanner QLabel {{ color: {c.text}; }}
QListWidget#sections::item {{ min-height: {row}px; padding: 0 6px; }}
QTreeView::item {{ min-height: {row}px; }}
QHeaderView::section {{ padding: 4px 6px; }}
"""


class _SchemeFollower(QObject):
    """Re-applies the look when the system switches between light and dark."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.restyle)

    def restyle(self, *_args: object) -> None:
        c = colors()
        self._app.setPalette(palette(c))
        probe = QWidget()
        self._app.setStyleSheet(style_sheet(c, row_height(probe)))
        probe.deleteLater()


def apply(app: QApplication) -> None:
    """Gives the whole app Lumen's look (call once, right after creating the QApplication)."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    follower = app.findChild(_SchemeFollower) or _SchemeFollower(app)
    follower.restyle()
