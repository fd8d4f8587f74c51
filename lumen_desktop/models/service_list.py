"""``ServiceListModel``: a table of a list the service answers whole (no paging), loaded through an ``Op``.

A model says how to ask (``fetch``: called on the GUI thread, it captures what it needs and answers the call that
runs in a worker) and how it keeps the answer (``take``: the rows in the order shown, inside a model reset).
``load()`` asks; a load asked while one runs happens right after it, so the rows end as the latest answer and an
older answer never lands last. ``sig_loaded`` / ``sig_load_failed`` say how each load ended.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from ..ops import Op
from .keyed_table import RowTableModel

R = TypeVar("R")


class ServiceListModel(RowTableModel[R]):
    sig_loaded = Signal()
    """A load finished: the rows are the service's answer."""
    sig_load_failed = Signal(object)
    """A load failed (the exception); the rows shown are the previous ones."""

    def __init__(self, parent: QObject | None = None, *, columns: Iterable[str] = ()) -> None:
        super().__init__(parent, columns=columns)
        self._loading = False
        self._load_queued = False

    @property
    def is_loading(self) -> bool:
        return self._loading

    def fetch(self) -> Callable[[], list[R]]:
        """The call that asks the service for the rows (it runs in a worker: capture plain values here)."""
        raise NotImplementedError

    def take(self, rows: list[R]) -> None:
        """Keeps the service's answer as the rows (inside a model reset; the service's order by default)."""
        self._rows = rows

    def load(self) -> None:
        """Asks the service for the list; asked while a load runs, it happens right after that one."""
        if self._loading:
            self._load_queued = True
            return
        self._loading = True
        Op(self, self.fetch(), self._loaded).on_failure(self._failed).run()

    def _loaded(self, rows: list[R]) -> None:
        self.beginResetModel()
        self.take(rows)
        self.endResetModel()
        self._finish()
        self.sig_loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self._finish()
        self.sig_load_failed.emit(exc)

    def _finish(self) -> None:
        self._loading = False
        if self._load_queued:
            self._load_queued = False
            self.load()
