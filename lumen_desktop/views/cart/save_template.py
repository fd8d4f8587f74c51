""" "Save as template…": a name, then ``POST /templates {name, from_cart: true}`` (the service copies the cart).

The service's refusal (a name too long, already used...) appears under the name, which stays as typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...api import Template
from ...context import AppContext
from ...failures import show_error_beside
from ...i18n import Retranslating
from ...ops import Op
from ...widgets.dialog_buttons import DialogButtons
from ...widgets.field_error import FieldError

NAME_LIMIT = 100


class SaveTemplateDialog(Retranslating, QDialog):
    sig_saved = Signal(object)
    """The template was created from the cart (api.Template)."""

    def __init__(self, ctx: AppContext, suggested_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.template: Template | None = None
        self.name_label = QLabel()
        self.name = QLineEdit(suggested_name)
        self.name.setObjectName("templateName")
        self.name.setMaxLength(NAME_LIMIT)
        self.name_label.setBuddy(self.name)
        self.name_error = FieldError()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveTemplateConfirm")
        self.buttons = DialogButtons(self, self.save, self.save_button, enter_submits=True)  # a name, then Enter
        layout = QVBoxLayout(self)
        for widget in (self.name_label, self.name, self.name_error, self.buttons):
            layout.addWidget(widget)
        self.resize(420, 150)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Save as template"))
        self.name_label.setText(self.tr("&Template name:"))
        self.name.setPlaceholderText(self.tr("e.g. Standard kitchen rough-in"))
        self.save_button.setText(self.tr("&Save"))

    def save(self) -> None:
        name = self.name.text().strip()
        self.name_error.clear_message()
        if not name:
            self.name_error.show_message(self.tr("Give the template a name."))
            return
        self.save_button.setEnabled(False)
        client = self._ctx.client
        Op(self, lambda: client.templates.create_from_cart(name), self._saved).on_failure(self._failed).run()

    def _saved(self, template: Template) -> None:
        self.template = template
        self.sig_saved.emit(template)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        show_error_beside(
            self,
            exc,
            self.name_error,
            unreachable=self.tr("The Lumen service can't be reached. Nothing was saved; try again."),
            expired=self.tr("Your session expired. Sign in again, then save."),
        )
