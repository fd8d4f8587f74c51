"""The Qt binding itself must survive a day of use: every background result comes back through a signal."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig_value = Signal(bool, object)
    """A result, as ops.py's relay sends it."""


def test_emitting_a_signal_many_times_leaves_pythons_true_alone(qapp):
    # PySide6 6.12.0 decremented True's reference count on each emit; Python aborted after a few thousand.
    emitter = _Emitter()
    received: list[object] = []
    emitter.sig_value.connect(lambda ok, value: received.append(value))
    before = sys.getrefcount(True)

    for index in range(2_000):
        emitter.sig_value.emit(True, index)

    assert len(received) == 2_000
    assert abs(sys.getrefcount(True) - before) < 50
