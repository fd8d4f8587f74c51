"""No button is pressed by Enter behind the user's back.

Qt makes buttons of a dialog "auto-default": Enter in a text field that does not use it presses the dialog's
default button, or the first auto-default button after the focus — in the approver's editor that was
"Remove line", pressed by Enter in the catalog search. ``NoSilentDefaults`` is one application-wide event filter
(installed by ``app.LumenApp``) that takes the auto-default and default flags off every push button of the app's
own dialogs that hold text fields, as they are shown and as buttons are added. The one exception is a button
marked with ``intended_default(button)``: the OK of a simple dialog (sign in, choose a password, name a
template), where Enter means "done" to everyone. Qt's own dialogs (message boxes, file dialogs, print preview)
keep Qt's behaviour. Enter in a search field searches because the field handles it itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QLineEdit, QPlainTextEdit, QPushButton, QTextEdit, QWidget

INTENDED_DEFAULT = "lumenIntendedDefault"
TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def intended_default(button: QPushButton) -> QPushButton:
    """Marks ``button`` as the OK Enter is meant to press (a simple dialog's only action)."""
    button.setProperty(INTENDED_DEFAULT, True)
    button.setAutoDefault(False)  # stays the default when the focus moves to another button
    button.setDefault(True)
    return button


def is_intended_default(button: QPushButton) -> bool:
    return bool(button.property(INTENDED_DEFAULT))


def is_ours(dialog: QDialog) -> bool:
    """A dialog of this app (not one of Qt's own: message box, file dialog, print preview...)."""
    return type(dialog).__module__.startswith("lumen_desktop")


def holds_text_fields(window: QWidget) -> bool:
    return any(window.findChildren(kind) for kind in TEXT_FIELDS)


def remove_silent_defaults(dialog: QDialog) -> None:
    """Every push button of ``dialog`` stops being default or auto-default, but an intended default."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        if not is_intended_default(button):
            button.setDefault(False)


class NoSilentDefaults(QObject):
    """The application-wide filter: apply ``remove_silent_defaults`` to each of the app's dialogs."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QDialog):
            dialog: QWidget = watched
        elif kind == QEvent.Type.Polish and isinstance(watched, QPushButton):
            dialog = watched.window()
        else:
            return False
        if isinstance(dialog, QDialog) and is_ours(dialog) and holds_text_fields(dialog):
            remove_silent_defaults(dialog)
        return False


def install(app: QObject) -> None:
    """Installs the filter on the application once (several flows may start in one process: tests)."""
    if app.findChild(NoSilentDefaults, "no_silent_defaults") is None:
        policy = NoSilentDefaults(app)
        policy.setObjectName("no_silent_defaults")
        app.installEventFilter(policy)
