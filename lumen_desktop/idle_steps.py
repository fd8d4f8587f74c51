"""Work done ahead on the GUI thread in small steps, one per turn of the event loop, so user input is handled
between them: the warm-up of imports (``warm_imports``) and of the window's sections (``warm_up``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

# One step: what it does (for the record of the slowest one) and the doing.
Step = tuple[str, Callable[[], object]]


class IdleSteps(QObject):
    """Runs ``steps`` (taken one at a time from the iterable, so later steps may depend on earlier ones), one per
    turn of the event loop, starting ``delay_ms`` from now. Taking a step from the iterable counts in its time."""

    sig_done = Signal()
    """Every step has run."""

    def __init__(self, steps: Iterable[Step], parent: QObject | None = None, *, delay_ms: int = 0) -> None:
        super().__init__(parent)
        self._steps = iter(steps)
        self._done = False
        self.failed: list[str] = []  # a step that raised: left for the real use (the first opening) to report
        self.slowest = (0.0, "")  # the longest step (ms) and its name: what the GUI waited at most
        self.took: list[tuple[str, float]] = []  # each step's name and milliseconds, in turn
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)
        self._timer.start(delay_ms)

    @property
    def done(self) -> bool:
        return self._done

    def stop(self) -> None:
        """No further step (the window is rebuilding its sections, or closing)."""
        self._timer.stop()
        self._steps = iter(())

    def _step(self) -> None:
        started = time.perf_counter()
        step = next(self._steps, None)
        if step is None:
            self._done = True
            self.sig_done.emit()
            return
        name, run = step
        try:
            run()
        except Exception:
            self.failed.append(name)
        took = (time.perf_counter() - started) * 1000
        self.took.append((name, took))
        if took > self.slowest[0]:
            self.slowest = (took, name)
        self._timer.start(0)
