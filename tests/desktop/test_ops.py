"""Background ops: the call runs off the GUI thread, the outcome comes back on it, and dead widgets hear nothing."""

from __future__ import annotations

import threading
from functools import partial

import shiboken6
from PySide6.QtWidgets import QWidget

from lumen_desktop import ops
from lumen_desktop.api import ApiError, ServiceUnreachable
from lumen_desktop.connection import ConnectionState


def test_the_call_runs_in_a_worker_and_the_result_arrives_on_the_gui_thread(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    seen: dict[str, object] = {}

    def call() -> str:
        seen["worker"] = threading.current_thread()
        return "done"

    def success(result: str) -> None:
        seen["result"], seen["gui"] = result, threading.current_thread()

    ops.Op(widget, call, success).run()
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == "done"
    assert seen["gui"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()


def test_a_failure_goes_to_the_views_own_handler(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    failures: list[Exception] = []

    def refuse() -> None:
        raise ApiError(422, "invalid_quantity", "Quantity must be a multiple of 100", "quantity")

    ops.Op(widget, refuse).on_failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ApiError) and failures[0].field == "quantity"


def test_without_a_handler_the_default_one_decides(qtbot) -> None:
    reported: list[Exception] = []
    previous = ops.hooks.default_failure
    ops.configure(default_failure=lambda _parent, exc: reported.append(exc))
    try:
        ops.Op(None, lambda: 1 / 0).run()
        qtbot.waitUntil(lambda: bool(reported))
    finally:
        ops.hooks.default_failure = previous
    assert isinstance(reported[0], ZeroDivisionError)


def test_the_result_for_a_destroyed_widget_is_dropped(qtbot) -> None:
    widget = QWidget()
    delivered: list[object] = []
    release = threading.Event()
    ops.Op(widget, lambda: release.wait(5), delivered.append).run()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(widget))
    release.set()
    qtbot.waitUntil(lambda: ops.pending_count() == 0)
    assert delivered == []


def test_store_writes_run_one_at_a_time_in_order(qtbot) -> None:
    order: list[int] = []
    for number in range(5):
        ops.Op(None, partial(order.append, number)).run(pool="store")
    qtbot.waitUntil(lambda: ops.pending_count() == 0)
    assert order == [0, 1, 2, 3, 4]


def test_an_unreachable_service_feeds_the_connection_state(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    connection = ConnectionState(probe=lambda: None, parent=holder)
    previous = ops.hooks.connection
    ops.configure(connection=connection)
    try:
        with qtbot.waitSignal(connection.sig_online_changed) as offline:
            ops.Op(None, _unreachable).on_failure(lambda _exc: None).run()
        assert offline.args == [False]
        with qtbot.waitSignal(connection.sig_online_changed) as online:
            ops.Op(None, lambda: "ok").run()
        assert online.args == [True]
    finally:
        ops.hooks.connection = previous


def _unreachable() -> None:
    raise ServiceUnreachable("http://127.0.0.1:9", "connection refused")


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_a_call_ending_after_the_app_deleted_its_receiver_ends_quietly(qtbot, capfd) -> None:
    """At shutdown Qt deletes the relay objects while a worker may still be on the network: its result then has
    nowhere to go, and the worker must end without a traceback."""
    release = threading.Event()
    delivered: list[object] = []

    def slow() -> str:
        release.wait(10)
        return "too late"

    ops.Op(None, slow, delivered.append).run()
    (relay,) = ops._in_flight
    shiboken6.delete(relay)  # what the app's teardown does to every Qt object still alive
    release.set()
    assert ops.wait_for_all(10_000)
    qtbot.wait(50)  # let any (wrongly) queued delivery run
    assert delivered == []
    assert ops.pending_count() == 0
    assert "Signal source has been deleted" not in capfd.readouterr().err
