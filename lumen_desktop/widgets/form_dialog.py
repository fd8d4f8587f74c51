"""The layout of a dialog that asks a few fields: a sentence saying what it does, a form whose rows say their
field's error under them, a line for any other refusal, and the action / Cancel buttons.

"Place order…", "Approve and place order…", "Send for approval", "New template from cart…" / "Save as
template…" and the first sign-in's password change use it. Each subclass adds its rows (``add_field``, under the
name the service gives the field in ``error.field``), words them (``retranslate``, through ``set_texts``), checks
and sends them (``submit``, often through ``send``), then says a failure beside its cause (``say_failure``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QWidget

from ..failures import show_error_beside
from ..ops import Op
from . import form_rows
from .action_dialog import ActionDialog
from .column_layout import column_layout
from .field_error import FieldError

T = TypeVar("T")


class FormDialog(ActionDialog):
    def __init__(
        self, parent: QWidget | None = None, *, enter_submits: bool = False, action: QPushButton | None = None
    ) -> None:
        """``action``: the dialog's own action button (see ``DialogButtons``), Qt's OK by default."""
        super().__init__(parent, enter_submits=enter_submits, action=action)
        self.form = QFormLayout()
        self.message = FieldError()
        self.captions: dict[str, QLabel] = {}
        """The rows' captions by field name; the subclass words them in ``retranslate`` (``set_texts``)."""
        self.field_errors: dict[str, FieldError] = {}
        """Where a refusal naming a field is said, by the service's name of the field."""

    def set_texts(self, *, title: str, intro: str = "", captions: Mapping[str, str] | None = None, action: str) -> None:
        """The dialog's words (see ``ActionDialog.set_texts``) and its rows' captions by field name."""
        super().set_texts(title=title, intro=intro, action=action)
        if captions is not None:
            form_rows.set_texts(self.captions, captions)

    def add_row(self, name: str, field: QWidget) -> None:
        """A form row with a caption, for a field that says its own errors."""
        self.captions[name] = self._caption(field)
        self.form.addRow(self.captions[name], field)

    def add_field(self, name: str, field: QWidget) -> FieldError:
        """A form row for the field the service calls ``name``; returns the label its errors are said in."""
        self.captions[name] = self._caption(field)
        error = self.field_errors[name] = FieldError()
        form_rows.add_field_row(self.form, self.captions[name], field, error)
        return error

    def add_shown(self, name: str, shown: QWidget) -> FieldError:
        """A row across the form for what the dialog shows rather than asks (the cart's note, written in the
        cart), with the service's refusal of it under it; returns that error's label."""
        error = self.field_errors[name] = FieldError()
        self.form.addRow(shown)
        self.form.addRow(error)
        return error

    def _caption(self, field: QWidget) -> QLabel:
        caption = QLabel()
        caption.setBuddy(field)  # a caption's &mnemonic goes to its field
        return caption

    def lay_out(self, *under_message: QWidget) -> None:
        """Puts the parts in the dialog, once every row is added (``under_message``: shown above the buttons)."""
        column_layout(self, self.intro, self.form, self.message, *under_message, self.buttons)

    def clear_errors(self) -> None:
        for error in (*self.field_errors.values(), self.message):
            error.clear_message()

    def say_failure(self, exc: Exception, *, unreachable: str | None = None) -> None:
        """A failed call: a refused field's words under it, the rest under the form (see ``show_error_beside``)."""
        show_error_beside(self, exc, self.message, fields=self.field_errors, unreachable=unreachable)

    def send(self, call: Callable[[], T], done: Callable[[T], None], *, unreachable: str | None = None) -> None:
        """Runs ``call`` (the service call, off the GUI thread) with the action disabled, and stays open until it
        answers: ``done`` gets the answer; a failure enables the action again and is said (``say_failure``)."""
        self.buttons.action.setEnabled(False)
        Op(self, call, done).on_failure(lambda exc: self._send_failed(exc, unreachable)).run()

    def _send_failed(self, exc: Exception, unreachable: str | None) -> None:
        self.buttons.action.setEnabled(True)
        self.say_failure(exc, unreachable=unreachable)
