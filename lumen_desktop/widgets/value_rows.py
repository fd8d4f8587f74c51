"""Read-only "caption: value" rows of a form, kept by field name: what a request's header, a product's details
and an order's header show. Values wrap and can be selected with the mouse (to copy a SKU, a PO number)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from .form_rows import set_texts


class ValueRows:
    def __init__(self, form: QFormLayout, names: Iterable[str]) -> None:
        self.form = form
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in names:
            self.add(name)

    def add(self, name: str) -> QLabel:
        """A row at the end of the form; answers its value label."""
        caption, value = QLabel(), QLabel()
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.captions[name], self.values[name] = caption, value
        self.form.addRow(caption, value)
        return value

    def remove(self, name: str) -> None:
        """Deletes the row's caption and value: no widget of it remains."""
        self.captions.pop(name)
        self.form.removeRow(self.values.pop(name))

    def set_captions(self, texts: Mapping[str, str]) -> None:
        set_texts(self.captions, texts)

    def set_values(self, texts: Mapping[str, str]) -> None:
        set_texts(self.values, texts)
