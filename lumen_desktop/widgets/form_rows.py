"""A form's field row: the caption and the field, and on the row under it the place its error is said; and the
captions' texts written by field name."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from .field_error import FieldError


def add_field_row(form: QFormLayout, caption: QLabel, field: QWidget, error: FieldError) -> None:
    form.addRow(caption, field)
    form.addRow("", error)


def set_texts(labels: Mapping[str, QLabel], texts: Mapping[str, str]) -> None:
    """Writes each named label's text (``texts`` by the same names; a name it lacks leaves its label empty)."""
    for name, label in labels.items():
        label.setText(texts.get(name, ""))
