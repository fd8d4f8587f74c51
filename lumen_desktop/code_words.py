"""A code's words in the user's language: a status, a unit, a column key as the service or a model names it.

A table is data, written once at module level: each text is marked with ``QT_TRANSLATE_NOOP(context, text)`` so
pyside6-lupdate extracts it under that context, and it is translated only when looked up, so it always comes in
the language of the moment (a switch needs no rebuilt table)::

    ORDER_STATUSES = CodeWords("OrderStatus", {
        "placed": QT_TRANSLATE_NOOP("OrderStatus", "Placed"),
        "shipped": QT_TRANSLATE_NOOP("OrderStatus", "Shipped"),
    })
    ORDER_STATUSES.text("shipped")     # "Expédiée" in French
    ORDER_STATUSES.text("on_hold")     # "on_hold": a code the table does not know, as it was sent

The context given to ``CodeWords`` must be the one of every ``QT_TRANSLATE_NOOP`` in its table (lupdate only reads
the marks); ``tests/desktop/test_code_words.py`` checks every table against the translations.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` as a text of ``context`` for pyside6-lupdate and gives it back untranslated; PySide6's own
    marker is typed ``-> object``, this one keeps a table's texts ``str``."""
    del context  # read by lupdate in the source, not at run time
    return text


@dataclass(frozen=True)
class CodeWords:
    """The words of each code of one kind, translated in ``context`` when looked up."""

    context: str
    texts: Mapping[str, str]
    unknown: str | None = None
    """The words for a code the table lacks, ``%1`` standing for the code ("Sold per %1"); None: the code as sent."""

    def text(self, code: str) -> str:
        """``code``'s words in the current language; a code the table does not know as ``unknown`` says."""
        source = self.texts.get(code)
        if source is not None:
            return QCoreApplication.translate(self.context, source)
        if self.unknown is None:
            return code
        return QCoreApplication.translate(self.context, self.unknown).replace("%1", code)
