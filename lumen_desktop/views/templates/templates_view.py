"""The "Order templates" section: the list on the left, the open template (or pending request) on the right.

- A template opens in the ``TemplateEditor`` (rename, quantities, remove lines, save, add to cart, delete).
- An approver's pending request (listed here for seed parity, marked "Pending request from …") shows read-only
  (``RequestPreview``); double-clicking it, or **Review…**, opens the approvals editor (``RequestEditor``), and
  the list reloads when the request is changed, placed or rejected there.
- "New template from cart…" saves the cart under a name (``NewTemplateDialog``).
- Leaving a template with unsaved changes asks first (Save / Discard / Cancel): nothing typed is lost silently.
F5 reloads the list; a language switch reloads it too (product names come back in that language).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lumen_desktop import permissions

from ...api import Template
from ...context import AppContext
from ...failures import show_error_beside
from ...i18n import Retranslating
from ...models.template_list_model import TemplateListModel, entry_key, is_request
from ...notifications import InboxPoller
from ...style import set_role
from ...widgets.field_error import FieldError
from ...widgets.tables import ListTable
from ..approvals.editor import RequestEditor
from ..approvals.open_editors import OpenEditors
from .new_template_dialog import NewTemplateDialog
from .request_preview import RequestPreview
from .template_editor import TemplateEditor


class TemplatesView(Retranslating, QWidget):
    sig_leave_answered = Signal(bool)
    """Asked by ``may_close``: True once the changes are discarded or saved, False when the user stays."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        editor: TemplateEditor | None = None,
        request_page: RequestPreview | None = None,
    ) -> None:
        """``editor``, ``request_page``: built ahead (``sections`` builds the page in parts)."""
        super().__init__(parent)
        self._ctx = ctx
        self.new_dialog: NewTemplateDialog | None = None
        self.leave_box: QMessageBox | None = None
        self.request_editors = OpenEditors(ctx, self, lambda _id: self.model.load())
        self._open_key: str | None = None
        self._after_save_open: str | None = None
        self._leaving_after_save = False  # "Save" answered to ``may_close``: say so once it is saved
        self.model = TemplateListModel(ctx, self)
        self.model.sig_loaded.connect(self._on_loaded)
        self.model.sig_load_failed.connect(self._on_load_failed)
        self.title = QLabel()
        set_role(self.title, "title")
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_from_cart)
        self.table = ListTable(
            self.model, stretch_column=self.model.column_of("name"), state_key="templates", settings=ctx.settings
        )
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(self._on_double_click)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.message = FieldError()
        self.editor = editor if editor is not None else TemplateEditor(ctx)
        self.editor.sig_saved.connect(self._on_saved)
        self.editor.sig_deleted.connect(self._on_deleted)
        self.editor.sig_added_to_cart.connect(lambda _count: ctx.sig_cart_changed.emit())
        ctx.sig_templates_changed.connect(self.refresh)
        if permissions.is_approver(ctx.me):
            # Pending requests are listed here too: a new or decided one changes the list.
            InboxPoller.of(ctx).sig_summary_changed.connect(self.refresh)
        self.request_page = request_page if request_page is not None else RequestPreview(ctx)
        self.request_page.sig_review.connect(self.review_request)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.stack = QStackedWidget()
        for page in (self.hint, self.editor, self.request_page):
            self.stack.addWidget(page)
        self._build_layout()
        self.retranslate()
        self.model.load()

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 600])  # room for "Pending request from <full name>", in French too, at 1100 px
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Order templates"))
        self.new_button.setText(self.tr("New template from cart…"))
        self.hint.setText(self.tr("Select a template to see its lines, or save your cart as a new template."))
        self.empty_label.setText(self.tr("No templates yet. Fill your cart, then choose “New template from cart…”."))

    # --- list ---------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """F5: the list again from the service."""
        self.message.clear_message()
        self.model.load()

    def open_entry(self, key: str) -> None:
        """Selects (and so opens) the template whose ``entry_key`` is ``key``."""
        row = self.model.row_of(key)
        if row >= 0:
            self.table.selectRow(row)

    def _on_loaded(self) -> None:
        self.message.clear_message()
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if self._open_key is not None:
            row = self.model.row_of(self._open_key)
            if row >= 0:
                self._select_quietly(row)
            elif not self.editor.is_dirty:
                self._open_key = None
                self.stack.setCurrentWidget(self.hint)

    def _on_load_failed(self, exc: Exception) -> None:
        show_error_beside(self, exc, self.message)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        template = self.model.templates()[indexes[0].row()]
        key = entry_key(template)
        if key == self._open_key:
            return
        if self.editor.is_dirty and self.editor.template is not None:
            self._ask_before_leaving(key)
            return
        self._open(template)

    def _open(self, template: Template) -> None:
        self._open_key = entry_key(template)
        if is_request(template) and template.approval_id:
            self.request_page.show_request(template.approval_id, self.model.title(template))
            self.stack.setCurrentWidget(self.request_page)
        else:
            self.editor.show_template(template)
            self.stack.setCurrentWidget(self.editor)

    def _select_quietly(self, row: int) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(False)
        self.table.viewport().update()

    # --- pending requests ---------------------------------------------------------------------------------------
    def _on_double_click(self, index: QModelIndex) -> None:
        template = self.model.templates()[index.row()]
        if is_request(template) and template.approval_id:
            self.review_request(template.approval_id)

    def review_request(self, approval_id: str) -> RequestEditor:
        """Opens (or raises) the approvals editor of a pending request listed here."""
        editor, _created = self.request_editors.open(approval_id)
        return editor

    # --- leaving unsaved changes --------------------------------------------------------------------------------
    def may_close(self) -> bool:
        """False while the open template has unsaved changes; then asks Save / Discard / Cancel (the main
        window asks before it closes or signs out)."""
        if not (self.editor.is_dirty and self.editor.template is not None):
            return True
        if self.leave_box is None:
            self._ask_before_leaving(None)
        return False

    def _ask_before_leaving(self, wanted_key: str | None) -> None:
        """``wanted_key``: the entry to open once answered (None: stay on this template)."""
        current = self.editor.template
        if self._open_key is not None and self.model.row_of(self._open_key) >= 0:
            self._select_quietly(self.model.row_of(self._open_key))
        name = current.name if current is not None else ""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to the template “%1”?").replace("%1", name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard changes"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.finished.connect(lambda result: self._on_leave_answer(result, wanted_key))
        self.leave_box = box
        box.open()

    def _on_leave_answer(self, result: int, wanted_key: str | None) -> None:
        self.leave_box = None
        if result == QMessageBox.StandardButton.Save:
            self._after_save_open = wanted_key
            self._leaving_after_save = wanted_key is None
            self.editor.save()
        elif result == QMessageBox.StandardButton.Discard and wanted_key is None and self.editor.template:
            self.editor.show_template(self.editor.template)  # back to the template as saved
            self.sig_leave_answered.emit(True)
        elif wanted_key is None:
            self.sig_leave_answered.emit(False)
        elif result == QMessageBox.StandardButton.Discard:
            self._open_key = None
            row = self.model.row_of(wanted_key)
            if row >= 0:
                self.editor.template = None
                self.table.selectRow(row)

    # --- editor outcomes ----------------------------------------------------------------------------------------
    def _on_saved(self, template: Template) -> None:
        self.model.replace(template)
        if self._leaving_after_save:
            self._leaving_after_save = False
            self.sig_leave_answered.emit(True)
        if self._after_save_open is not None:
            wanted, self._after_save_open = self._after_save_open, None
            self._open_key = None
            self.open_entry(wanted)

    def _on_deleted(self, template_id: str) -> None:
        self._open_key = None
        self.model.remove(template_id)
        self.table.clearSelection()
        self.stack.setCurrentWidget(self.hint)
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def new_from_cart(self) -> None:
        dialog = NewTemplateDialog(self._ctx, self)
        dialog.sig_created.connect(self._on_created)
        dialog.finished.connect(lambda _result: setattr(self, "new_dialog", None))
        self.new_dialog = dialog
        dialog.open()

    def _on_created(self, template: Template) -> None:
        self.model.replace(template)
        self.empty_label.hide()
        self._open_key = None
        self.open_entry(entry_key(template))
