"""``CategoryTreeModel``: the catalog's category tree (``GET /categories``) under an "All products" root.

Names come in the current language; a language change loads the tree again. Each item holds its category id
(``CategoryIdRole``; None for "All products") and the ids of the category and all those under it
(``ScopeRole``, what the offline search filters on). The last tree seen online is kept in the replica and
shown while the service is unreachable.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ..api import Category, ServiceUnreachable
from ..context import AppContext
from ..ops import Op
from ..store.catalog import CatalogReplica


def _scope(category: Category) -> list[str]:
    return [category.id, *(ident for child in category.children for ident in _scope(child))]


class CategoryTreeModel(QStandardItemModel):
    CategoryIdRole = Qt.ItemDataRole.UserRole + 1
    ScopeRole = Qt.ItemDataRole.UserRole + 2

    sig_loaded = Signal()
    """The tree was (re)built."""
    sig_failed = Signal(str)
    """The tree could not be loaded; a message for the user."""

    def __init__(self, ctx: AppContext, replica: CatalogReplica | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._replica = replica
        self._serial = 0
        self.is_rebuilding = False  # the tree is being replaced: current-item changes are not the user's
        self.root = QStandardItem()
        self.root.setEditable(False)
        self.root.setData(None, self.CategoryIdRole)
        self.root.setData(None, self.ScopeRole)
        self.appendRow(self.root)
        self.retranslate()
        ctx.i18n.sig_language_changed.connect(self._on_language_changed)

    def retranslate(self) -> None:
        self.root.setText(self.tr("All products"))

    def load(self) -> None:
        """Asks for the tree in the current language (an older answer arriving last is dropped)."""
        self._serial += 1
        serial, client, language = self._serial, self._ctx.client, self._ctx.i18n.language
        Op(self, client.catalog.categories, lambda roots: self._arrived(serial, roots, language)).on_failure(
            lambda exc: self._failed(serial, exc)
        ).run()

    def _arrived(self, serial: int, roots: list[Category], language: str) -> None:
        if serial != self._serial:
            return
        self._build(roots)
        if self._replica is not None:
            replica = self._replica
            Op(self, lambda: replica.save_categories(roots, language)).on_failure(lambda _exc: None).run(pool="store")

    def _failed(self, serial: int, exc: Exception) -> None:
        if serial != self._serial:
            return
        if isinstance(exc, ServiceUnreachable) and self._replica is not None:
            replica = self._replica
            Op(
                self, replica.categories, lambda roots: self._build(roots) if serial == self._serial else None
            ).on_failure(lambda _exc: None).run(pool="store")
            return
        self.sig_failed.emit(getattr(exc, "message", "") or self.tr("The categories could not be loaded."))

    def _build(self, roots: list[Category]) -> None:
        self.is_rebuilding = True
        try:
            self.root.removeRows(0, self.root.rowCount())
            for category in roots:
                self.root.appendRow(self._item(category))
        finally:
            self.is_rebuilding = False
        self.sig_loaded.emit()

    def _item(self, category: Category) -> QStandardItem:
        item = QStandardItem(category.name)
        item.setEditable(False)
        item.setData(category.id, self.CategoryIdRole)
        item.setData(_scope(category), self.ScopeRole)
        for child in category.children:
            item.appendRow(self._item(child))
        return item

    def index_of(self, category_id: str | None) -> QModelIndex:
        """The index of a category by id (the root for None); invalid when not in the tree."""
        if category_id is None:
            return self.root.index()
        found = self.match(
            self.root.index(),
            self.CategoryIdRole,
            category_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return found[0] if found else QModelIndex()

    def _on_language_changed(self, _language: str) -> None:
        self.retranslate()
        self.load()

    @staticmethod
    def category_of(index: QModelIndex | QPersistentModelIndex) -> tuple[str | None, list[str] | None]:
        """(category id, scope) of an index: (None, None) for "All products"."""
        if not index.isValid():
            return None, None
        return index.data(CategoryTreeModel.CategoryIdRole), index.data(CategoryTreeModel.ScopeRole)
