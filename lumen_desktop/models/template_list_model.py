"""The "Order templates" list: my customer's templates and, for an approver, the pending requests addressed to me.

``GET /templates`` lists both (seed parity: the approver finds the pending order "in his order templates"). A
request (``kind == "approval_request"``) is shown as such — the approvals icon and "Pending request from Luc
Gagnon" — and sorts first, since someone is waiting on it. ``load()`` fetches through an ``Op``; the model tells
``sig_loaded`` / ``sig_load_failed`` (``ServiceListModel``). Catalog names come back in the new language, so a
language switch reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ..api import Template
from ..code_words import QT_TRANSLATE_NOOP, CodeWords
from ..context import AppContext
from ..resources import icon
from .service_list import ServiceListModel

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole
"""The row's ``api.Template``."""
IS_REQUEST_ROLE = Qt.ItemDataRole.UserRole + 1
"""True for a pending approval request listed among the templates."""
APPROVAL_REQUEST = "approval_request"


def is_request(template: Template) -> bool:
    return template.kind == APPROVAL_REQUEST


def entry_key(template: Template) -> str:
    """What tells the entries apart: a template's id, or ``approval:<id>`` for a pending request."""
    return f"approval:{template.approval_id}" if is_request(template) else template.id


class TemplateListModel(ServiceListModel[Template]):
    RIGHT_ALIGNED_COLUMNS = frozenset({"lines"})
    COLUMNS = ("name", "lines", "updated")
    COLUMN_TITLES = CodeWords(
        "TemplateListModel",
        {
            "name": QT_TRANSLATE_NOOP("TemplateListModel", "Name"),
            "lines": QT_TRANSLATE_NOOP("TemplateListModel", "Lines"),
            "updated": QT_TRANSLATE_NOOP("TemplateListModel", "Updated"),
        },
    )

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent, columns=self.COLUMNS)
        self._ctx = ctx
        # A bound method, not a lambda: Qt drops the connection when the model is destroyed with its page.
        ctx.i18n.sig_language_changed.connect(self._on_language_changed)

    # --- loading ------------------------------------------------------------------------------------------------
    def _on_language_changed(self, _language: str) -> None:
        self.load()  # product names and request titles come back in the new language

    def fetch(self) -> Callable[[], list[Template]]:
        return self._ctx.client.templates.list

    def take(self, rows: list[Template]) -> None:
        # Requests first (someone waits on them), then templates by name.
        self._rows = sorted(rows, key=lambda t: (not is_request(t), t.name.casefold()))

    # --- content ------------------------------------------------------------------------------------------------
    def templates(self) -> list[Template]:
        return list(self._rows)

    def row_of(self, key: str) -> int:
        """The row of the entry with this ``entry_key`` (a template's id), -1 when absent."""
        return next((row for row, t in enumerate(self._rows) if entry_key(t) == key), -1)

    def replace(self, template: Template) -> None:
        """Shows a template the service just answered (renamed, edited) without reloading the list."""
        row = self.row_of(entry_key(template))
        if row < 0:
            self.append_rows([template])
            return
        self._rows[row] = template
        self.redraw_row(row)

    def remove(self, template_id: str) -> None:
        row = self.row_of(template_id)
        if row >= 0:
            self.remove_row(row)

    def title(self, template: Template) -> str:
        """The text a user reads for this row: the template's name, or who a pending request is from."""
        if not is_request(template):
            return template.name
        name = template.owner.shown_name  # who sent the pending request listed as a template
        if name:
            return self.tr("Pending request from %1").replace("%1", name)
        return self.tr("Pending request: %1").replace("%1", template.name)

    # --- Qt model -----------------------------------------------------------------------------------------------
    def display(self, template: Template, key: str) -> str:
        if key == "name":
            return self.title(template)
        if key == "lines":
            return self._ctx.formatter.number(template.line_count)
        updated = template.updated_at or template.created_at
        return self._ctx.formatter.date(updated)

    def cell(self, row: int, key: str, role: int) -> Any:
        template = self._rows[row]
        request = is_request(template)
        if role == Qt.ItemDataRole.DecorationRole and key == "name":
            return icon("approvals.svg" if request else "templates.svg")
        if role == Qt.ItemDataRole.ToolTipRole and request:
            return self.tr("An order waiting for your approval. Open it to review, change and place it.")
        if role == Qt.ItemDataRole.FontRole and request:
            font = QFont()
            font.setBold(True)
            return font
        if role == TEMPLATE_ROLE:
            return template
        if role == IS_REQUEST_ROLE:
            return request
        return None
