"""The ONE place that decides how an unexpected error reaches the user (``ops``' default failure handler).

- ``ServiceUnreachable``: nothing here — the connection banner already says it and retries.
- ``SessionExpired``: nothing here — the app's session-expired hook asks to sign in again.
- ``ApiError``: the service's message (already in the user's language) in a non-blocking message box.
- ``ApiError`` of a 5xx: the same, with the service's reference (``request_id``) to give support.
- ``UnexpectedAnswer``: the service answered a shape this version does not understand: said so, details logged.
- anything else is a bug: ``error_log.ErrorReporter`` logs it to the log file and shows the error dialog
  (without an installed reporter, as in some tests: logged, and a generic message with the details).

Message boxes are opened with ``open()`` (window-modal, non-blocking) so no nested event loop starts inside an
op's delivery. ``last_failure_box`` lets tests find the box that was shown.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .api.errors import ApiError, ServiceUnreachable, SessionExpired
from .api.model import UnexpectedAnswer
from .error_log import ErrorReporter

if TYPE_CHECKING:
    from .widgets.field_error import FieldError

log = logging.getLogger(__name__)
last_failure_box: QMessageBox | None = None


def show_failure(parent: QObject | None, exc: Exception) -> None:
    """Tells the user about ``exc`` the app-wide way (see the module docstring)."""
    global last_failure_box
    if isinstance(exc, ServiceUnreachable | SessionExpired):
        return
    window = parent.window() if isinstance(parent, QWidget) else QApplication.activeWindow()
    title = QCoreApplication.translate("Failures", "Lumen")
    if isinstance(exc, UnexpectedAnswer):
        log.error("%s", exc)
        text = QCoreApplication.translate(
            "Failures",
            "The Lumen service sent an answer this version of the app does not understand. Nothing was lost; "
            "if it happens again, update Lumen or tell your administrator.",
        )
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, window)
        box.setDetailedText(str(exc))
    elif isinstance(exc, ApiError):
        text = exc.message or QCoreApplication.translate(
            "Failures", "The Lumen service refused the request (error %1)."
        ).replace("%1", exc.code)
        if exc.request_id:
            reference = QCoreApplication.translate("Failures", "Reference for support: %1")
            text = f"{text}\n\n{reference.replace('%1', exc.request_id)}"
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, window)
    elif ErrorReporter.shared is not None:
        ErrorReporter.shared.report(exc, where="a background operation")
        return
    else:
        log.error("unexpected error", exc_info=exc)
        text = QCoreApplication.translate(
            "Failures", "Something unexpected went wrong. Your work on the service is safe; please try again."
        )
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, window)
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    last_failure_box = box


def show_refusal(parent: QObject | None, exc: Exception, show_beside: Callable[[str], None]) -> None:
    """The service's refusal shown by the view next to what it refuses (``show_beside``: a ``FieldError``'s
    ``show_message``); a 401 and every other failure go the app-wide way (``show_failure``)."""
    if isinstance(exc, ApiError) and exc.status != 401:
        show_beside(exc.message)
    else:
        show_failure(parent, exc)


def show_error_beside(
    parent: QObject | None,
    exc: Exception,
    beside: FieldError,
    *,
    fields: Mapping[str, FieldError] | None = None,
    unreachable: str | None = None,
    expired: str | None = None,
) -> None:
    """A failed call said in the view, next to its cause: a refusal that names one of ``fields`` under that
    field, the view's own words for an unreachable service (``unreachable``: what was kept, what to do) or an
    expired session (``expired``), any other refusal of the service under ``beside``; the rest — an expired
    session or unreachable service the view has no words for, a bug — the app-wide way (``show_failure``)."""
    field_error = (fields or {}).get(exc.field or "") if isinstance(exc, ApiError) else None
    if isinstance(exc, ApiError) and field_error is not None:
        field_error.show_message(exc.message)
    elif isinstance(exc, ServiceUnreachable) and unreachable is not None:
        beside.show_message(unreachable)
    elif isinstance(exc, SessionExpired) and expired is not None:
        beside.show_message(expired)
    elif isinstance(exc, ApiError) and not isinstance(exc, SessionExpired):
        beside.show_message(exc.message or exc.code)
    else:
        show_failure(parent, exc)
