"""A code's words (a status, a unit, a column) follow the language, and an unknown code reads as it was sent."""

from __future__ import annotations

import importlib
import pkgutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

import lumen_desktop.models
from lumen_desktop.code_words import CodeWords
from lumen_desktop.i18n import LanguageManager
from lumen_desktop.models.approval_list import status_text as request_status_text
from lumen_desktop.models.catalog_units import SOLD, unit_short
from lumen_desktop.models.order_history_model import status_text as order_status_text

FRENCH_TS = Path(__file__).resolve().parents[2] / "translations" / "lumen_fr.ts"


@pytest.fixture
def language(qapp: object) -> Iterator[LanguageManager]:
    manager = LanguageManager("en")
    yield manager
    manager.set_language("en")
    manager.uninstall()


def test_a_code_reads_in_the_language_of_the_moment(language: LanguageManager) -> None:
    assert (order_status_text("shipped"), request_status_text("pending"), unit_short("ft")) == (
        "Shipped",
        "Pending",
        "ft",
    )
    language.set_language("fr")
    assert (order_status_text("shipped"), request_status_text("pending"), unit_short("ft")) == (
        "Expédiée",
        "En attente",
        "pi",
    )


def test_an_unknown_code_reads_as_sent_or_in_the_tables_words_for_it(language: LanguageManager) -> None:
    language.set_language("fr")
    assert order_status_text("on_hold") == "on_hold"
    assert unit_short("coil") == "coil"
    assert SOLD.text("ft") == "Vendu au pied"
    assert SOLD.text("coil") == "Vendu par coil"


def _tables() -> list[CodeWords]:
    """Every table of the models: module-level ones and the models' ``COLUMN_TITLES``."""
    tables = []
    for module in pkgutil.iter_modules(lumen_desktop.models.__path__, "lumen_desktop.models."):
        for value in vars(importlib.import_module(module.name)).values():
            found = getattr(value, "COLUMN_TITLES", None) if isinstance(value, type) else value
            if isinstance(found, CodeWords) and found not in tables:
                tables.append(found)
    return tables


def test_every_table_looks_its_words_up_where_the_translations_have_them() -> None:
    """A table's context must be the one its QT_TRANSLATE_NOOP marks gave lupdate, else its words stay English."""
    translated = {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(FRENCH_TS).getroot().iter("context")
        for message in context.iter("message")
    }
    tables = _tables()
    assert len(tables) >= 10
    missing = [
        (table.context, text)
        for table in tables
        for text in [*table.texts.values(), *([table.unknown] if table.unknown else [])]
        if (table.context, text) not in translated
    ]
    assert missing == []
