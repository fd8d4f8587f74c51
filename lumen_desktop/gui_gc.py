"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when a threshold is crossed: often an
``Op``'s worker or the replica's store thread. A cycle freed there may hold the last reference to a Qt object
of the GUI thread (a widget without a parent, a model a lambda captures), and Qt then destroys that object from
the wrong thread: a segmentation fault, seen in the test suite as "Garbage-collecting" on a worker's stack. A
full collection on a worker also holds the interpreter for hundreds of milliseconds in the middle of a sync,
while the GUI waits for it. So automatic collection is off, and a timer on the GUI thread collects what the
thresholds call for, the youngest generation most often, as the interpreter would.

What lives for good is frozen out of every later collection (``gc.freeze``): what exists at start-up, then, once
the window's sections are built, whatever survives a full collection (``freeze_long_lived``). Unfrozen, each full
collection would walk the whole app again (modules, classes, widgets, the ORM's and pydantic's caches: 35-450 ms
measured, freeing nothing) while the GUI waits for it. At start-up nothing is garbage yet (a full collection
there freed nothing, in 35-50 ms), so it freezes without collecting; later, garbage is collected first, so that
no cycle becomes permanent.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

# Often enough that cycles never pile up for long, rarely enough to cost nothing when there is nothing to do.
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects garbage on the GUI thread every ``INTERVAL_MS``, by generation, when the thresholds say so."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("gui_thread_collector")
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(INTERVAL_MS)

    def collect(self) -> None:
        """What the interpreter's own trigger would collect now: generation 0, then older ones in turn."""
        young, middle, old = gc.get_count()
        limit_young, limit_middle, limit_old = gc.get_threshold()
        if young > limit_young:
            gc.collect(0)
            if middle > limit_middle:
                gc.collect(1)
                if old > limit_old:
                    gc.collect(2)


def collect_on_gui_thread() -> GuiThreadCollector | None:
    """Turns automatic collection off and collects on the GUI thread from now on (once per application).
    Called on the GUI thread; returns None when there is no application yet."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    gc.disable()
    existing = app.findChild(GuiThreadCollector, "gui_thread_collector")
    if existing is not None:
        return existing
    gc.freeze()  # start-up's modules and classes: alive for good, never worth scanning again
    return GuiThreadCollector(app)


def freeze_long_lived() -> None:
    """Collects every generation, then freezes what is left: what the app built to keep (a few milliseconds once
    the start-up is frozen). Called on the GUI thread, when the window's sections are built."""
    gc.collect()
    gc.freeze()
