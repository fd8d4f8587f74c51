"""The request editors a view has open: one window per request; opening it again raises that window."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...context import AppContext
from .editor import RequestEditor


class OpenEditors:
    def __init__(self, ctx: AppContext, parent: QWidget, on_changed: Callable[[str], None]) -> None:
        self._ctx = ctx
        self._parent = parent
        self._on_changed = on_changed
        self._editors: dict[str, RequestEditor] = {}

    def __getitem__(self, approval_id: str) -> RequestEditor:
        return self._editors[approval_id]

    def open(self, approval_id: str) -> tuple[RequestEditor, bool]:
        """Shows the request's editor, creating it if none is open; answers it and whether it is new."""
        editor = self._editors.get(approval_id)
        if editor is not None and not shiboken6.isValid(editor):
            editor = None  # deleted without closing through finished (e.g. its parent went away)
        created = editor is None
        if editor is None:
            editor = RequestEditor(self._ctx, approval_id, self._parent)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.sig_changed.connect(self._on_changed)
            # Released when the window closes, before Qt deletes it: dropping the last Python reference from
            # its own ``destroyed`` signal, mid-destruction, crashes PySide.
            editor.finished.connect(lambda _result, key=approval_id: self._editors.pop(key, None))
            self._editors[approval_id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor, created
