"""A pane's parts laid out top to bottom, written as one list (the layout most panes and dialogs are built of)."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

Part = QWidget | QLayout | tuple[QWidget, int]
"""A widget, a layout, or a widget with its stretch (its share of the spare height)."""


def column_layout(owner: QWidget | None, *parts: Part, flush: bool = False) -> QVBoxLayout:
    """Lays ``parts`` out top to bottom in ``owner`` (None: a layout to nest in another); ``flush``: no margins."""
    layout = QVBoxLayout(owner) if owner is not None else QVBoxLayout()
    if flush:
        layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, tuple):
            layout.addWidget(*part)
        elif isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout
