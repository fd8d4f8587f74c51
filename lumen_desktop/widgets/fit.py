"""Windows that grow to fit their text: a message that appears (an error under a field, a wrapped note, branch
names arriving in a list) is never clipped because the dialog was sized before it existed.

A dialog that wants a width sets it on a field (``edit.setMinimumWidth``), not on itself: Qt only keeps a dialog
as tall as its layout needs while the dialog has no minimum size of its own."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

# What the window manager adds around a window (title bar, borders), kept free on a screen that is just big enough.
FRAME_ALLOWANCE = QSize(16, 48)


def needed_height(window: QWidget) -> int:
    """The height ``window``'s layout needs at its current width (wrapped labels included)."""
    layout = window.layout()
    if layout is None:
        return window.sizeHint().height()
    if layout.hasHeightForWidth():
        return max(layout.totalHeightForWidth(window.width()), layout.totalMinimumSize().height())
    return layout.totalSizeHint().height()


def open_size(window: QWidget, preferred: QSize) -> QSize:
    """``preferred``, or less on a screen whose free area (without the taskbar) could not show it whole with its
    title bar: an editor 760 px tall on a 1366×768 laptop had its Approve and Close buttons under the taskbar."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return preferred
    free = screen.availableGeometry().size() - FRAME_ALLOWANCE
    return preferred.boundedTo(free)


def grow_to_fit(widget: QWidget) -> None:
    """Makes the dialog holding ``widget`` tall enough for its contents, once the new text is laid out; a dialog
    never shrinks under the user, and a main window is left alone (its pages scroll or stretch)."""
    window = widget.window()
    if not isinstance(window, QDialog):
        return

    def grow() -> None:
        layout = window.layout()
        width = max(window.width(), layout.totalMinimumSize().width() if layout is not None else 0)
        if width > window.width():
            window.resize(width, window.height())
        height = needed_height(window)
        if height > window.height():
            window.resize(window.width(), height)

    QTimer.singleShot(0, window, grow)
