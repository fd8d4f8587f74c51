"""One look for the whole app: colours live in ``lumen_desktop/style.py`` only, and a dark variant exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from lumen_desktop import style
from lumen_desktop.resources import app_icon, icon

PACKAGE = Path(style.__file__).resolve().parent
# A colour written into a view or a model, rather than taken from the palette module.
INLINE_COLOUR = re.compile(r"setStyleSheet\(|QColor\(\s*[\"'#0-9]|#[0-9a-fA-F]{6}\b")


def test_no_view_model_or_widget_writes_its_own_colours() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name in ("style.py", "_resources.py", "resources.py"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if INLINE_COLOUR.search(line):
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert offenders == []


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_each_variant_gives_roles_readable_colours(qapp, monkeypatch, theme: str) -> None:
    monkeypatch.setenv("LUMEN_THEME", theme)
    assert style.is_dark() == (theme == "dark")
    colours = style.colors()
    palette = style.palette(colours)
    window, text = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
    assert abs(window.lightness() - text.lightness()) > 150  # text stands out from its background
    assert (window.lightness() < 100) == (theme == "dark")
    assert style.brush("problem").color().name() == colours.problem_background
    sheet = style.style_sheet(colours, 24)
    assert colours.error in sheet and 'QLabel[role="error"]' in sheet


def test_a_role_changes_how_a_label_looks(qapp) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous_sheet, previous_palette = app.styleSheet(), app.palette()
    try:
        style.apply(app)
        label = QLabel("Champ obligatoire")
        style.set_role(label, "error")
        label.ensurePolished()
        assert label.property("role") == "error"
        assert label.palette().color(QPalette.ColorRole.WindowText).name() == style.colors().error
    finally:
        app.setStyleSheet(previous_sheet)
        app.setPalette(previous_palette)


def test_icons_are_drawn_at_every_size_in_either_variant(qapp, monkeypatch) -> None:
    assert not app_icon().isNull()
    assert not app_icon().pixmap(256, 256).isNull()
    for theme in ("light", "dark"):
        monkeypatch.setenv("LUMEN_THEME", theme)
        catalog = icon("catalog.svg")
        assert not catalog.isNull() and not catalog.pixmap(48, 48).isNull()
    assert icon("no-such-icon.svg").isNull()
