"""One order template, open for editing: rename it, change quantities (by sale multiple), remove lines, save,
add it to the cart, or delete it (after a confirmation).

Edits stay in the editor until saved: a refusal or a network failure keeps everything typed. The service's
refusals appear beside their cause: a refused name under the name, refused lines on their rows (highlighted,
the message as tooltip) with a summary under the table. "Add to cart" saves pending edits first, then adds.
Prices appear only for a user who may see them (the lines model has no price columns otherwise).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from ...api import ApiClient, ApiError, Template
from ...context import AppContext
from ...failures import show_error_beside, show_failure
from ...i18n import Retranslating
from ...models.template_lines_model import TemplateLinesModel
from ...ops import Op
from ...widgets.busy import Busy
from ...widgets.column_layout import column_layout
from ...widgets.field_error import FieldError
from ...widgets.line_tables import quantity_table
from ...widgets.tables import fit_columns
from .quantity_delegate import QuantityDelegate


def _save_then_add(
    client: ApiClient, template_id: str, name: str | None, lines: list[dict[str, Any]] | None
) -> tuple[Template, list[str]]:
    """Saves pending edits (if any), adds the template to the cart; answers it and the SKUs skipped (withdrawn)."""
    template = client.templates.update(template_id, name=name, lines=lines) if name or lines is not None else None
    added = client.templates.add_to_cart(template_id)
    return template or client.templates.get(template_id), added.skipped


class TemplateEditor(Retranslating, QWidget):
    sig_saved = Signal(object)
    """The template was saved (api.Template as the service answered it)."""
    sig_deleted = Signal(str)
    """The template with this id was deleted."""
    sig_added_to_cart = Signal(int)
    """The template's lines went into the cart (how many lines)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.template: Template | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = TemplateLinesModel(ctx, editable=True, parent=self)
        self.model.sig_changed.connect(self._on_lines_changed)
        self.model.sig_quantity_refused.connect(self._show_refused_quantity)
        self._name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.name_edit.textEdited.connect(self._on_name_edited)
        self.name_error = FieldError()
        self.table = quantity_table(self.model, self.model.column_of("quantity"), QuantityDelegate)
        fit_columns(
            self.table, stretch_column=self.model.column_of("name"), state_key="templates.lines", settings=ctx.settings
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.lines_error = FieldError()
        self.message = FieldError()
        self.status = QLabel()
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected_lines)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.add_to_cart_button = QPushButton()
        self.add_to_cart_button.clicked.connect(self.add_to_cart)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.confirm_delete)
        self._busy = Busy(self._update_buttons, self.message, self.status)
        # A list entry is a summary: nothing may be edited until the template's own lines have arrived.
        self._complete = False
        ctx.i18n.sig_language_changed.connect(self._refetch_names)
        self._build_layout()
        self.retranslate()
        self._update_buttons()

    def _build_layout(self) -> None:
        name_row = QHBoxLayout()
        name_row.addWidget(self._name_label)
        name_row.addWidget(self.name_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.add_to_cart_button)
        parts = (name_row, self.name_error, (self.table, 1), self.lines_error, buttons, self.message, self.status)
        column_layout(self, *parts, flush=True)

    def _show_refused_quantity(self, _row: int, message: str) -> None:
        self.lines_error.show_message(message)

    def retranslate(self) -> None:
        self._name_label.setText(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("Template name"))
        self.remove_button.setText(self.tr("Remove line"))
        self.save_button.setText(self.tr("Save changes"))
        self.add_to_cart_button.setText(self.tr("Add to cart"))
        self.delete_button.setText(self.tr("Delete…"))
        self.add_to_cart_button.setToolTip(self.tr("Adds this template's lines to your cart"))

    # --- showing ------------------------------------------------------------------------------------------------
    @property
    def is_dirty(self) -> bool:
        return self.template is not None and (self.model.is_dirty or self._name_changed())

    def show_template(self, template: Template) -> None:
        """Opens ``template``; its full lines are fetched (list items may be summaries)."""
        self.template = template
        self._show(template, complete=template.has_lines)
        client = self._ctx.client
        wanted = template.id
        Op(self, lambda: client.templates.get(wanted), self._on_fetched).on_failure(self._on_fetch_failed).run()

    def _refetch_names(self, _language: str) -> None:
        """Product names come back in the new language (unless the user is editing: their edits come first)."""
        if self.template is not None and not self.is_dirty and not self._busy.active:
            self.show_template(self.template)

    def _on_fetched(self, template: Template) -> None:
        if self.template is not None and template.id == self.template.id and not self.is_dirty:
            self._show(template)

    def _on_fetch_failed(self, exc: Exception) -> None:
        if isinstance(exc, ApiError) and exc.status == 404:
            self.message.show_message(exc.message or self.tr("This template no longer exists."))
        else:
            show_failure(self, exc)

    def _show(self, template: Template, complete: bool = True) -> None:
        self.template = template
        self._complete = complete
        self.name_edit.setText(template.name)
        self.model.set_lines(template.lines)
        for label in (self.name_error, self.lines_error, self.message):
            label.clear_message()
        self.status.clear()
        self._update_buttons()

    # --- editing ------------------------------------------------------------------------------------------------
    def remove_selected_lines(self) -> None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        self.model.remove_rows(rows)

    def _on_lines_changed(self) -> None:
        self.lines_error.clear_message()
        self.status.clear()
        self._update_buttons()

    def _on_name_edited(self, _text: str) -> None:
        self.name_error.clear_message()
        self._update_buttons()

    def _name_changed(self) -> bool:
        return self.template is not None and self.name_edit.text().strip() != self.template.name

    def _check_name(self) -> str | None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_error.show_message(self.tr("Enter a name for the template."))
            return None
        return name

    def save(self) -> None:
        if self.template is None or self._busy.active or self._check_name() is None:
            return
        client, template_id = self._ctx.client, self.template.id
        name = self.name_edit.text().strip() if self._name_changed() else None
        lines = self.model.line_inputs() if self.model.is_dirty else None
        self._busy.set(True)
        Op(self, lambda: client.templates.update(template_id, name=name, lines=lines), self._on_saved).on_failure(
            self._on_refused
        ).run()

    def _on_saved(self, template: Template) -> None:
        self._busy.set(False)
        self._show(template)
        self.status.setText(self.tr("Template saved."))
        self.sig_saved.emit(template)

    def add_to_cart(self) -> None:
        if self.template is None or self._busy.active:
            return
        if self.is_dirty and self._check_name() is None:
            return
        client, template_id = self._ctx.client, self.template.id
        name = self.name_edit.text().strip() if self._name_changed() else None
        lines = self.model.line_inputs() if self.model.is_dirty else None
        self._busy.set(True)
        Op(self, lambda: _save_then_add(client, template_id, name, lines), self._on_added).on_failure(
            self._on_refused
        ).run()

    def _on_added(self, outcome: tuple[Template, list[str]]) -> None:
        template, skipped = outcome
        self._busy.set(False)
        saved = self.is_dirty
        self._show(template)
        count = len([line for line in template.lines if line.sku not in set(skipped)])
        text = self.tr("%n line(s) added to the cart.", "", count)
        if skipped:
            text += " " + self.tr("Not added, no longer sold: %1.").replace("%1", ", ".join(skipped))
        self.status.setText(text)
        if saved:
            self.sig_saved.emit(template)
        self.sig_added_to_cart.emit(count)

    def _on_refused(self, exc: Exception) -> None:
        self._busy.set(False)
        if isinstance(exc, ApiError) and exc.lines:
            self.model.set_line_errors(exc.lines)
            self.lines_error.show_message(
                self.tr("%n line(s) refused — see the highlighted rows.", "", len(exc.lines)) + " " + exc.message
            )
        elif isinstance(exc, ApiError) and (exc.field or "").startswith("lines"):
            self.lines_error.show_message(exc.message)  # about the lines as a whole: none left...
        else:
            show_error_beside(
                self,
                exc,
                self.message,
                fields={"name": self.name_error},
                unreachable=self.tr(
                    "The Lumen service can't be reached. Your changes are kept here; try again when it is back."
                ),
            )

    # --- delete -------------------------------------------------------------------------------------------------
    def confirm_delete(self) -> None:
        if self.template is None or self._busy.active:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete template"),
            self.tr("Delete the template “%1”? This can't be undone.").replace("%1", self.template.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._on_delete_answer(result == QMessageBox.StandardButton.Yes))
        self.confirm_box = box
        box.open()

    def _on_delete_answer(self, confirmed: bool) -> None:
        self.confirm_box = None
        if not confirmed or self.template is None:
            return
        client, template_id = self._ctx.client, self.template.id
        self._busy.set(True)
        Op(self, lambda: client.templates.delete(template_id), lambda _none: self._on_deleted(template_id)).on_failure(
            self._on_refused
        ).run()

    def _on_deleted(self, template_id: str) -> None:
        self._busy.set(False)
        self.template = None
        self.model.set_lines([])
        self.name_edit.clear()
        self._update_buttons()
        self.sig_deleted.emit(template_id)

    # --- state --------------------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        has = self.template is not None and self._complete and not self._busy.active
        self.name_edit.setEnabled(self.template is not None and self._complete)
        self.save_button.setEnabled(has and self.is_dirty)
        self.add_to_cart_button.setEnabled(has and self.model.rowCount() > 0)
        self.delete_button.setEnabled(has)
        self.remove_button.setEnabled(has and self.table.selectionModel().hasSelection())
