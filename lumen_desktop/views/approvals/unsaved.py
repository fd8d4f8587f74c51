"""The question asked before closing an editor with unsaved changes ("Close without saving" / "Keep editing").

Opened with ``open()`` (window-modal, non-blocking): no nested event loop inside a close event.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_discard_changes(
    parent: QWidget, on_discard: Callable[[], None], on_keep: Callable[[], None] | None = None
) -> QMessageBox:
    """Asks whether to close and lose the unsaved changes; ``on_discard`` runs if the user says so,
    ``on_keep`` otherwise."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("UnsavedChanges", "Unsaved changes"),
        QCoreApplication.translate("UnsavedChanges", "Your changes are not saved. Close and lose them?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    discard = box.button(QMessageBox.StandardButton.Discard)
    discard.setText(QCoreApplication.translate("UnsavedChanges", "Close without saving"))
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("UnsavedChanges", "Keep editing"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answered(_result: int) -> None:
        if box.clickedButton() is discard:
            on_discard()
        elif on_keep is not None:
            on_keep()

    box.finished.connect(answered)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
