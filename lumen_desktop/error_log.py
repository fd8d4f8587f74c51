"""Errors nobody caught reach one place: a rotating log file in the user's log folder, and one dialog.

``install(folder)`` (``__main__`` calls it) writes every log record of the app to ``lumen-desktop.log`` there
(1 MB, 5 old files kept; a windowed app has no stderr) and routes ``sys.excepthook``, ``threading.excepthook``
and Qt's message handler to it. An uncaught exception — in a button's handler, a worker thread, or an ``Op``
through ``failures.show_failure`` — is logged with its traceback and shown in ``views.error_dialog.ErrorDialog``
("Copy details", "Open log folder").

One dialog per burst: while it is open, further errors are added to it; once it is closed, errors that follow the
previous one within ``BURST_SECONDS`` are only logged, so a failing timer cannot bury the window in dialogs.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from importlib import metadata
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QMessageLogContext, QObject, QtMsgType, Signal, qInstallMessageHandler

log = logging.getLogger(__name__)
LOG_FILE_NAME = "lumen-desktop.log"
BURST_SECONDS = 10.0
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def default_log_folder() -> Path:
    """The user's log folder for Lumen Desktop (e.g. ``~/.local/state/lumen-desktop/log`` on Linux)."""
    return Path(platformdirs.user_log_dir("lumen-desktop", "Lumen"))


def _version() -> str:
    try:
        return metadata.version("lumen")
    except metadata.PackageNotFoundError:
        return "dev"


class ErrorReporter(QObject):
    """Logs uncaught errors and asks the GUI thread to show them; one per application (``ErrorReporter.shared``)."""

    sig_unexpected = Signal(str)
    """An uncaught error, as the details text a person can copy (delivered on the GUI thread)."""

    shared: ErrorReporter | None = None

    def __init__(self, log_file: Path, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.log_file = log_file
        self.clock = clock
        self._last_error_at: float | None = None
        self._showing = False  # from the moment an error is sent to be shown until its dialog is closed

    @property
    def log_folder(self) -> Path:
        return self.log_file.parent

    def report(self, exc: BaseException, where: str = "") -> None:
        """Logs ``exc`` with its traceback and shows it, unless it belongs to a burst already shown (any thread)."""
        log.error("uncaught error%s", f" in {where}" if where else "", exc_info=exc)
        now = self.clock()
        in_burst = self._last_error_at is not None and now - self._last_error_at < BURST_SECONDS
        self._last_error_at = now
        if self._showing or not in_burst:
            self._showing = True
            self.sig_unexpected.emit(self.details(exc))

    def dialog_closed(self) -> None:
        """The person closed the dialog: the next error opens a new one, unless it belongs to this burst."""
        self._showing = False

    def details(self, exc: BaseException) -> str:
        """What support needs: versions, the log file, the time, the traceback (and the service's reference)."""
        reference = getattr(exc, "request_id", None)
        lines = [
            f"Lumen Desktop {_version()} · Python {platform.python_version()} · PySide6 {pyside_version} · "
            f"{platform.platform()}",
            f"Log: {self.log_file}",
            f"Time: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        ]
        if reference:
            lines.append(f"Service reference: {reference}")
        return "\n".join(lines) + "\n\n" + "".join(traceback.format_exception(exc)).rstrip()


def _log_file_handler(folder: Path) -> RotatingFileHandler:
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(folder / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    return handler


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    logging.getLogger("qt").log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


def install(folder: Path | None = None) -> ErrorReporter:
    """Logs to ``folder`` (default: the user's log folder) and routes uncaught errors there and to the dialog."""
    handler = _log_file_handler(folder or default_log_folder())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.INFO, logging.INFO))
    reporter = ErrorReporter(Path(handler.baseFilename))
    ErrorReporter.shared = reporter

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        reporter.report(exc.with_traceback(tb))

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            reporter.report(args.exc_value, where=f"thread {args.thread.name if args.thread else '?'}")

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    qInstallMessageHandler(_qt_message)
    return reporter


def uninstall(reporter: ErrorReporter) -> None:
    """Undoes ``install`` (tests; the app keeps its hooks until it ends)."""
    for handler in list(logging.getLogger().handlers):
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == reporter.log_file:
            logging.getLogger().removeHandler(handler)
            handler.close()
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    qInstallMessageHandler(None)
    if ErrorReporter.shared is reporter:
        ErrorReporter.shared = None
