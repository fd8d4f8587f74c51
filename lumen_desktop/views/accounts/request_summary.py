"""The chosen account request written out in full under the queue: the table's columns are cut to fit the window
(a long e-mail address, a customer's name, "Place orders up to …"), and staff copy these values into the account
they create. Nothing chosen: a line says what to do instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QStackedWidget, QWidget

from ...api import AccountRequest
from ...i18n import Retranslating
from ...models.account_request_queue_model import AccountRequestQueueModel
from ...widgets.column_layout import column_layout
from ...widgets.value_rows import ValueRows


class AccountRequestSummary(Retranslating, QWidget):
    def __init__(self, model: AccountRequestQueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._request: AccountRequest | None = None
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.values = QWidget()
        form = QFormLayout(self.values)
        form.setContentsMargins(0, 0, 0, 0)
        self.rows = ValueRows(form, model.COLUMNS)
        # One height whether a request is chosen or not (the stack keeps its tallest page's): the queue above does
        # not jump by nine rows at each click, approval or reload.
        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self.values)
        column_layout(self, self.pages, flush=True)
        # The waits tick every minute and a language change rewrites every cell: the rows follow the table.
        model.dataChanged.connect(self._refresh)
        model.headerDataChanged.connect(self.retranslate)
        model.modelReset.connect(self._forget)
        self.retranslate()

    def retranslate(self) -> None:
        self.rows.set_captions({key: self._model.column_title(key) for key in self._model.COLUMNS})
        self._refresh()

    def show_request(self, request: AccountRequest | None) -> None:
        self._request = request
        self._refresh()

    def _forget(self) -> None:
        """The queue was reloaded: a reset clears the table's selection without a word, so nothing is chosen."""
        self.show_request(None)

    def _refresh(self) -> None:
        request = self._request
        self.pages.setCurrentWidget(self.values if request is not None else self.hint)
        # With nothing left to choose, "Choose a request…" would only be noise under "No request waiting.".
        waiting = bool(self._model.pending_requests())
        self.hint.setText(self.tr("Choose a request to see all its details.") if waiting else "")
        if request is not None:
            self.rows.set_values({key: self._model.display(request, key) for key in self._model.COLUMNS})
