"""Telling a barcode scanner from a person: both type characters and press Enter, a scanner only much faster.

``BarcodeScanner`` is an application-wide event filter. It watches the key presses that reach widgets of one
window (the main window, any section), and measures the time between them from the key events' own timestamps:
the window system's monotonic clock, stamped when the key was pressed, so a busy GUI thread that delivers queued
keys late cannot make a person look like a scanner. A key event without a timestamp was made by software (an
input method, a test robot), not pressed, and is never part of a scan. Characters that arrive
at most ``MAX_GAP_MS`` apart, at least ``MIN_LENGTH`` of them, ended by Enter just as fast, are a scan:
``sig_scanned(code)`` is emitted, the Enter is eaten (it must not also search, open or press anything), and the
characters the scanner typed into a text field are taken out again. Anything slower is a person typing, and
their keys, Enter included, go where they always went.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget

MAX_GAP_MS = 30  # scanners send a character every 1–15 ms; a fast typist needs 60 ms or more, key repeat ~33 ms
MIN_LENGTH = 6  # the shortest code worth scanning (UPCs have 12 digits, SKUs look like "LU-101250")
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
NO_TEXT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


class BarcodeScanner(QObject):
    sig_scanned = Signal(str)
    """A scanner typed this code and Enter (the Enter went nowhere else)."""

    def __init__(self, scope: QWidget) -> None:
        """``scope``: only keys that reach this window (or widgets in it) count."""
        super().__init__(scope)  # (the parent is the scope: no Python reference back to the window)
        self._chars: list[str] = []
        self._last_ms: int | None = None
        self._last_press: tuple[int, str, int, QObject] | None = None  # to see the same press propagating

    def reset(self) -> None:
        self._chars, self._last_ms = [], None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.parent():
            return False
        assert isinstance(event, QKeyEvent)
        now = event.timestamp()
        if not now:
            self.reset()  # not pressed on a device: no timing to judge by
            return False
        press = (event.key(), event.text(), now, watched)
        if self._last_press is not None and self._propagating(press, self._last_press):
            return False  # the same key press, passed on to a parent: counted once
        self._last_press = press
        return self._key(watched, event, now)

    @staticmethod
    def _propagating(press: tuple[int, str, int, QObject], last: tuple[int, str, int, QObject]) -> bool:
        receiver, previous = press[3], last[3]
        if press[:3] != last[:3] or not isinstance(receiver, QWidget) or not isinstance(previous, QWidget):
            return False
        return receiver.isAncestorOf(previous)

    def _key(self, watched: QWidget, event: QKeyEvent, now: int) -> bool:
        quick = self._last_ms is not None and now - self._last_ms <= MAX_GAP_MS
        if event.key() in ENTER_KEYS:
            code = "".join(self._chars)
            scanned = quick and len(code) >= MIN_LENGTH
            self.reset()
            if not scanned:
                return False
            _take_back(watched, code)
            self.sig_scanned.emit(code)
            return True
        text = event.text()
        if event.isAutoRepeat() or len(text) != 1 or not text.isprintable() or event.modifiers() & NO_TEXT_MODIFIERS:
            self.reset()
            return False
        if not quick:
            self._chars = []  # a pause: whatever came before was typed by a person
        self._chars.append(text)
        self._last_ms = now
        return False


def _take_back(widget: QWidget, code: str) -> None:
    """Removes the scanned characters from the text field they landed in (what the user typed stays)."""
    edit = widget if isinstance(widget, QLineEdit) else None
    if isinstance(widget, QAbstractSpinBox):
        edit = widget.findChild(QLineEdit)
    if edit is None or not edit.text().endswith(code):
        return
    edit.setText(edit.text()[: -len(code)])
