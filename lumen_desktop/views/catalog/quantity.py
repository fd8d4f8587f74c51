"""``MultipleSpinBox``: a quantity entry that steps by the product's sale multiple.

The arrows (and PageUp/PageDown) move to the next multiple; a typed value that is not a multiple is kept as
typed (nothing the user typed is silently changed) and ``is_valid`` says it may not be ordered, so the pane
shows why beside it. Enter emits ``sig_enter_pressed`` (the pane adds to the cart).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QSpinBox, QWidget

MAX_QUANTITY = 1_000_000


class MultipleSpinBox(QSpinBox):
    sig_enter_pressed = Signal()
    """Enter or Return was pressed in the entry (after the typed text was taken in)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._multiple = 1
        self.setRange(1, MAX_QUANTITY)
        self.setAccelerated(True)
        self.setKeyboardTracking(True)

    @property
    def multiple(self) -> int:
        return self._multiple

    def set_multiple(self, multiple: int) -> None:
        """Steps by ``multiple`` from now on and starts at one multiple."""
        self._multiple = max(1, multiple)
        self.setSingleStep(self._multiple)
        self.setValue(self._multiple)

    def is_valid(self) -> bool:
        """The entered quantity may be ordered (a whole number of sale multiples)."""
        return self.value() % self._multiple == 0

    def stepBy(self, steps: int) -> None:
        # From a value between two multiples, one step lands on the nearest multiple in that direction.
        below = (self.value() // self._multiple) * self._multiple
        if steps > 0:
            target = below + steps * self._multiple
        else:
            target = (below if below != self.value() else below - self._multiple) + (steps + 1) * self._multiple
        self.setValue(min(max(target, self._multiple), self.maximum() - self.maximum() % self._multiple))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_enter_pressed.emit()
