"""What an order's details and a pending request's preview share: a heading, the lines (read-only, priced only
for a user who may see prices), **Print / PDF…** and the place where the service's refusal is said.

Each subclass fetches its order or request, fills the lines (``self.model.set_lines``), lays the widgets out and
says what is printed (``printable_document``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ... import permissions
from ...context import AppContext
from ...failures import show_error_beside
from ...i18n import Retranslating
from ...models.template_lines_model import TemplateLinesModel
from ...printing import PrintableDocument, PrintPdfButton
from ...style import set_role
from ...widgets.field_error import FieldError
from ...widgets.line_tables import read_only_table
from ...widgets.tables import fit_columns


class LinesPane(Retranslating, QWidget):
    def __init__(
        self, ctx: AppContext, *, whole_rows: bool, state_key: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.shows_prices = permissions.can_see_prices(ctx.me)
        self.title = QLabel()
        set_role(self.title, "heading")
        self.model = TemplateLinesModel(ctx, editable=False, parent=self)
        self.table = read_only_table(self.model, whole_rows=whole_rows)
        fit_columns(
            self.table,
            stretch_column=self.model.column_of("name"),
            state_key=state_key,
            settings=ctx.settings if state_key else None,
        )
        self.print_button = PrintPdfButton(self.printable_document)
        self.message = FieldError()

    def printable_document(self) -> PrintableDocument:
        raise NotImplementedError

    def _on_failed(self, exc: Exception) -> None:
        show_error_beside(self, exc, self.message)
