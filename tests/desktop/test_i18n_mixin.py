"""A widget built on ``Retranslating`` (before its Qt class) speaks the new language as soon as the user switches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from lumen_desktop.formatting import Formatter
from lumen_desktop.i18n import LanguageManager, Retranslating
from lumen_desktop.models.approval_history import ApprovalHistoryModel
from lumen_desktop.printing import PrintableDocument, PrintPdfButton


@pytest.fixture
def language(qapp) -> Iterator[LanguageManager]:
    manager = LanguageManager("en")
    yield manager
    manager.set_language("en")
    manager.uninstall()


def test_a_retranslating_button_follows_the_language_both_ways(qtbot, language: LanguageManager) -> None:
    button = PrintPdfButton(lambda: PrintableDocument(title="-"))
    qtbot.addWidget(button)
    assert isinstance(button, Retranslating)
    assert button.text() == "Print / PDF…"

    language.set_language("fr")
    qtbot.waitUntil(lambda: button.text() == "Imprimer / PDF…")
    assert button.save_pdf_action.text() == "Enregistrer en PDF…"

    language.set_language("en")
    qtbot.waitUntil(lambda: button.text() == "Print / PDF…")
    assert button.save_pdf_action.text() == "Save as PDF…"


def test_a_keyed_table_titles_its_columns_in_the_current_language(language: LanguageManager) -> None:
    model = ApprovalHistoryModel(Formatter("en"))
    assert model.columns == ["when", "who", "what"]
    assert model.column_of("who") == 1 and model.column_key(2) == "what"
    assert model.headerData(model.column_of("when"), Qt.Orientation.Horizontal) == "When"
    assert model.headerData(model.columnCount(), Qt.Orientation.Horizontal) is None

    language.set_language("fr")
    titles = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert titles == ["Quand", "Qui", "Quoi"]
