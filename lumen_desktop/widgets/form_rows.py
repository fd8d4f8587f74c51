"""A form's field row: the caption and the field, and on the row under it the place its error is said."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from .field_error import FieldError


def add_field_row(form: QFormLayout, caption: QLabel, field: QWidget, error: FieldError) -> None:
    form.addRow(caption, field)
    form.addRow("", error)
