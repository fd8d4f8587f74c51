""" "New template from cart…" (templates page) and "Save as template…" (cart): asks for a name, then saves the
current cart as a template on the service.

One dialog for the one action: from the cart it proposes the cart's job name, and its title and action repeat the
cart's command. It stays open until the service accepts: a refused name shows under the name, any other refusal
(an empty cart...) above the buttons, and nothing typed is lost on a network failure.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ...api import Template
from ...context import AppContext
from ...i18n import Retranslating
from ...widgets.form_dialog import FormDialog

NAME_LIMIT = 100


class NewTemplateDialog(Retranslating, FormDialog):
    sig_created = Signal(object)
    """The template was created (api.Template)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, from_cart: bool = False, suggested_name: str = ""
    ) -> None:
        super().__init__(parent, enter_submits=True)  # a name, then Enter
        self._ctx = ctx
        self._from_cart = from_cart
        self.name_edit = QLineEdit(suggested_name)
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.name_error = self.add_field("name", self.name_edit)
        self.name_edit.textEdited.connect(lambda _text: self.name_error.clear_message())
        self.lay_out()
        self.setMinimumWidth(420)  # room for a long name, and for the intro on two lines
        self.retranslate()

    def retranslate(self) -> None:
        self.set_texts(
            title=self.tr("Save as template") if self._from_cart else self.tr("New template from cart"),
            intro=self.tr("Save the lines of your cart as an order template you can add again later."),
            captions={"name": self.tr("&Name")},
            action=self.tr("&Save") if self._from_cart else self.tr("Create template"),
        )
        self.name_edit.setPlaceholderText(self.tr("e.g. Standard kitchen rough-in"))

    def submit(self) -> None:
        self.clear_errors()
        name = self.name_edit.text().strip()
        if not name:
            self.name_error.show_message(self.tr("Enter a name for the template."))
            return
        client = self._ctx.client
        self.send(
            lambda: client.templates.create_from_cart(name),
            self._on_created,
            unreachable=self.tr("The Lumen service can't be reached. Nothing was saved; try again when it is back."),
        )

    def _on_created(self, template: Template) -> None:
        self.sig_created.emit(template)
        self.accept()
