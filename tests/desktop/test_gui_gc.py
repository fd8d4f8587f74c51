"""The app's garbage is collected on the GUI thread, never on a worker's: a Qt object freed by the collector on a
worker thread is destroyed from the wrong thread (a crash seen in this suite)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

from lumen_desktop.context import AppContext
from lumen_desktop.gui_gc import freeze_long_lived


class Cycle:
    """An object only the cyclic collector can free; says on which thread it was freed."""

    def __init__(self, freed_in: list[threading.Thread]) -> None:
        self.itself = self
        self._freed_in = freed_in

    def __del__(self) -> None:
        self._freed_in.append(threading.current_thread())


def test_a_cycle_left_by_the_gui_is_freed_on_the_gui_thread_while_a_worker_allocates(
    qtbot, make_ctx: Callable[..., AppContext]
) -> None:
    make_ctx()  # the app as it runs: a context exists
    freed_in: list[threading.Thread] = []
    Cycle(freed_in)
    kept: list[list[object]] = []
    # A worker building many containers (a page of the catalog, say): the interpreter's own collector would run
    # in this thread, and free the GUI's cycle here.
    worker = threading.Thread(target=lambda: kept.append([[] for _ in range(50_000)]))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(freed_in), timeout=5000)
    assert freed_in == [threading.main_thread()]


def test_what_the_window_keeps_is_frozen_but_garbage_left_before_is_freed_first(
    qtbot, make_ctx: Callable[..., AppContext]
) -> None:
    make_ctx()
    freed_in: list[threading.Thread] = []
    Cycle(freed_in)
    kept = [Cycle([]) for _ in range(3)]  # a window's own objects: alive, they are frozen
    frozen_before = gc.get_freeze_count()
    freeze_long_lived()
    assert freed_in == [threading.main_thread()]  # collected, not made permanent
    assert gc.get_freeze_count() >= frozen_before + len(kept)
