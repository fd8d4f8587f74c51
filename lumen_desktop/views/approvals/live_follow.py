"""An open request editor follows what others do to its request, told by the live event stream.

Nothing typed is ever thrown away: an editor without unsaved changes simply shows the new version; one with
unsaved changes (or a quantity being typed) keeps them and says that the request changed (saving then shows what
changed, as a conflict); a decided or cancelled request is shown as it now is, since it can no longer change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView

from ...api.events import LiveEvent
from ...context import AppContext
from ...live_events import LiveEvents

if TYPE_CHECKING:
    from .editor import RequestEditor

FINAL_KINDS = frozenset({"approved", "rejected", "cancelled"})


class LiveFollower(QObject):
    """A child of the editor: it goes away with it, and so does its connection to the stream."""

    def __init__(self, ctx: AppContext, editor: RequestEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        LiveEvents.of(ctx).sig_event.connect(self._on_event)

    def _on_event(self, event: LiveEvent) -> None:
        editor = self._editor
        if event.request_id is None or str(event.request_id) != editor.approval_id or editor.busy:
            return  # another request; or this editor's own change, whose answer is on its way
        shown = editor.approval
        known = int(shown.version) if shown is not None and shown.version.isdigit() else None
        if known is not None and event.version is not None and event.version <= known:
            return  # this editor's own save, or older news
        typing = editor.ui.lines.state() == QAbstractItemView.State.EditingState
        if event.kind in FINAL_KINDS or not (editor.draft.is_dirty or typing):
            editor.reload()
        else:
            editor.ui.show_message(
                self.tr(
                    "Someone else changed this request meanwhile. Your changes are kept; saving them shows what "
                    "changed."
                )
            )
