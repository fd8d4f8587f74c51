""" "New template from cart…": asks for a name, then saves the current cart as a template on the service.

The dialog stays open until the service accepts: a refused name shows under the name, any other refusal (an
empty cart...) above the buttons, and nothing typed is lost on a network failure.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...api import ApiError, ServiceUnreachable, Template
from ...context import AppContext
from ...failures import show_refusal
from ...i18n import Retranslating
from ...ops import Op
from ...widgets.dialog_buttons import DialogButtons
from ...widgets.field_error import FieldError
from ...widgets.form_rows import add_field_row


class NewTemplateDialog(Retranslating, QDialog):
    sig_created = Signal(object)
    """The template was created (api.Template)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.name_error = FieldError()
        self.name_edit.textEdited.connect(lambda _text: self.name_error.clear_message())
        self.message = FieldError()
        self.buttons = DialogButtons(self, self.submit, enter_submits=True)  # a name, then Enter
        form = QFormLayout()
        add_field_row(form, self._name_label, self.name_edit, self.name_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New template from cart"))
        self._intro.setText(self.tr("Save the lines of your cart as an order template you can add again later."))
        self._name_label.setText(self.tr("Name"))
        self.buttons.set_texts(self.tr("Create template"), self.tr("Cancel"))

    def submit(self) -> None:
        self.message.clear_message()
        name = self.name_edit.text().strip()
        if not name:
            self.name_error.show_message(self.tr("Enter a name for the template."))
            return
        client = self._ctx.client
        self.buttons.setEnabled(False)
        Op(self, lambda: client.templates.create_from_cart(name), self._on_created).on_failure(self._on_failed).run()

    def _on_created(self, template: Template) -> None:
        self.buttons.setEnabled(True)
        self.sig_created.emit(template)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ApiError) and exc.field == "name":
            self.name_error.show_message(exc.message)
        elif isinstance(exc, ServiceUnreachable):
            self.message.show_message(self.tr("The Lumen service can't be reached. Try again when it is back."))
        else:
            show_refusal(self, exc, self.message.show_message)
