"""What the catalog says when a search finds nothing: that it found nothing, for what, and what to try instead.

``EmptyResults(table.viewport())`` lies over the empty results table, filling it (it follows the viewport's size);
``show_for(query, category_name, offline)`` shows it (the view calls it when results arrive), ``hide_message()``
when there are rows. It keeps its last arguments so a language switch rewrites it in the new language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...i18n import Retranslating


class EmptyResults(Retranslating, QLabel):
    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._viewport = viewport
        viewport.installEventFilter(self)
        self.setObjectName("catalogEmptyResults")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setMargin(24)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._shown_for: tuple[str, str, bool] | None = None
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._viewport.rect())
        return False

    def show_for(self, query: str, category_name: str, offline: bool) -> None:
        """No row for ``query`` (in ``category_name`` when one is chosen in the tree)."""
        self._shown_for = (query.strip(), category_name, offline)
        self.retranslate()
        self.setGeometry(self._viewport.rect())
        self.show()
        self.raise_()

    def hide_message(self) -> None:
        self._shown_for = None
        self.hide()

    def retranslate(self) -> None:
        if self._shown_for is None:
            self.clear()
            return
        query, category, offline = self._shown_for
        if query and category:
            title = self.tr("No product in “%1” matches “%2”.").replace("%1", category).replace("%2", query)
        elif query:
            title = self.tr("No product matches “%1”.").replace("%1", query)
        else:
            title = self.tr("No product in this category.")
        hints = []
        if query:
            hints.append(
                self.tr(
                    "Try fewer or shorter words, check the spelling, or type a SKU, UPC or manufacturer part "
                    'number. Sizes can be typed either way: 15A or 15 A, 12 AWG or #12, 1/2" or 1/2 po.'
                )
            )
        if category:
            hints.append(self.tr("The search only looks in the category chosen on the left: choose a broader one."))
        if offline:
            hints.append(
                self.tr("The service can't be reached: only this computer's copy of the catalog was searched.")
            )
        self.setText("\n\n".join([title, *hints]))
