"""A bug nobody caught — in a button's handler, a worker thread, an operation — is written to the log file in the
user's log folder and shown in one dialog per burst, with "Copy details" for support."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from lumen_desktop import error_log, failures
from lumen_desktop.error_log import BURST_SECONDS, LOG_FILE_NAME, ErrorReporter
from lumen_desktop.views.error_dialog import ErrorPresenter


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def reporting(tmp_path: Path):
    reporter = error_log.install(tmp_path / "log")
    reporter.clock = clock = Clock()
    presenter = ErrorPresenter(reporter)
    yield reporter, presenter, clock
    if presenter.dialog is not None:
        presenter.dialog.close()
    error_log.uninstall(reporter)


def logged(reporter: ErrorReporter) -> str:
    return (reporter.log_folder / LOG_FILE_NAME).read_text(encoding="utf-8")


def a_button_with_a_bug(qtbot) -> QPushButton:
    button = QPushButton("Place order")
    qtbot.addWidget(button)

    def handler() -> None:
        raise RuntimeError("the order button has a bug")

    button.clicked.connect(handler)
    return button


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_button_handler_is_logged_and_shown_once_per_burst(qtbot, reporting):
    reporter, presenter, clock = reporting
    button = a_button_with_a_bug(qtbot)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: presenter.dialog is not None and presenter.dialog.isVisible())
    dialog = presenter.dialog
    assert "RuntimeError: the order button has a bug" in logged(reporter)
    assert dialog.heading.text() == "Something went wrong"

    clock.now += 1  # a second error while the dialog is open joins it
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.heading.text() == "Something went wrong (2 errors)")
    assert presenter.dialog is dialog

    dialog.copy.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.count("RuntimeError: the order button has a bug") == 2
    assert str(reporter.log_folder / LOG_FILE_NAME) in copied

    dialog.buttons.button(dialog.buttons.StandardButton.Close).click()
    assert presenter.dialog is None
    clock.now += 1  # the same burst after closing: written to the log, no new dialog
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QCoreApplication.processEvents()
    assert presenter.dialog is None
    assert logged(reporter).count("RuntimeError: the order button has a bug") == 3

    clock.now += BURST_SECONDS + 1  # a new burst is shown again
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: presenter.dialog is not None)


def test_a_worker_threads_error_is_shown_on_the_gui_thread(qtbot, reporting):
    reporter, presenter, _clock = reporting

    def work() -> None:
        raise ValueError("the price file is malformed")

    worker = threading.Thread(target=work, name="import-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: presenter.dialog is not None)
    app = QCoreApplication.instance()
    assert app is not None
    assert presenter.dialog.thread() is app.thread()
    assert "ValueError: the price file is malformed" in presenter.dialog.details_text()
    assert "thread import-worker" in logged(reporter)


def test_an_operations_unexpected_error_goes_to_the_same_dialog(qtbot, reporting):
    reporter, presenter, _clock = reporting
    try:
        raise KeyError("sku")
    except KeyError as exc:
        failures.show_failure(None, exc)
    qtbot.waitUntil(lambda: presenter.dialog is not None)
    assert "KeyError: 'sku'" in presenter.dialog.details_text()
    assert "a background operation" in logged(reporter)


def test_qt_warnings_are_written_to_the_log_file(reporting):
    reporter, _presenter, _clock = reporting
    qWarning("QFont::setPointSize: Point size <= 0 (-1)")
    assert "WARNING qt" in logged(reporter)
    assert "Point size <= 0" in logged(reporter)
