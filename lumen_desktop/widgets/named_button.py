"""A push button with the object name tests and support find it by, and what a click does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QPushButton


def named_button(object_name: str, on_click: Callable[[], object] | SignalInstance) -> QPushButton:
    """The button (its text comes with the owner's ``retranslate``); ``on_click``: a slot or a signal to emit."""
    button = QPushButton()
    button.setObjectName(object_name)
    button.clicked.connect(on_click)
    return button
