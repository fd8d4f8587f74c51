"""The main window's list of sections: icon and name, as wide as the longest name, or a rail of icons.

On a narrow window (under ``COMPACT_BELOW`` pixels) the names give their width to the section's tables: the list
shows the icons only, each with its name (and badge) as tooltip; the items keep their text, so what a section is
called never depends on the window's width.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QListWidget, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..style import SPACING, row_height

# Windows narrower than this show the sections as a rail of icons.
COMPACT_BELOW = 1240
ICON_SIZE = 22


class _SectionDelegate(QStyledItemDelegate):
    def __init__(self, sections: SectionList) -> None:
        super().__init__(sections)
        self._sections = sections

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if self._sections.compact:
            option.text = ""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), row_height(self._sections) + SPACING))


class SectionList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sections")
        # A rail until the window's first resize says it is wide: shown wide first, a window that opens at
        # 1100 px would already have grown to fit the names beside its widest page, and never shrink back.
        self.compact = True
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setItemDelegate(_SectionDelegate(self))
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_compact(self, compact: bool) -> None:
        """Icons only (``True``) or icons and names."""
        if compact != self.compact:
            self.compact = compact
            self.fit_width()
            self.viewport().update()

    def fit_width(self) -> None:
        """As wide as the longest name (or the icons alone): the rest of the window goes to the section."""
        padding = 4 * SPACING + self.frameWidth() * 2
        width = ICON_SIZE + padding
        if not self.compact:
            names = [self.item(row).text() for row in range(self.count())]
            width += SPACING + max((self.fontMetrics().horizontalAdvance(name) for name in names), default=0)
        self.setFixedWidth(width)
