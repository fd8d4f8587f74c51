"""Whether a view's call to the service is under way (``active``), for a view that allows one at a time: starting
one clears what the last one said (its refusal, its outcome), and either way the view's buttons are brought up to
date (``update``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from .field_error import FieldError


class Busy:
    def __init__(self, update: Callable[[], None], *said: QLabel) -> None:
        """``said``: the lines where a call's outcome or refusal is written."""
        self.active = False
        self._update = update
        self._said = said

    def set(self, active: bool) -> None:
        self.active = active
        if active:
            for label in self._said:
                if isinstance(label, FieldError):
                    label.clear_message()  # hidden again, as it is while empty
                else:
                    label.clear()
        self._update()
