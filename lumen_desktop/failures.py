"""The ONE place that decides how a failed call reaches the user: ``show_failure``, the app-wide way (``ops``'
default failure handler), and ``show_error_beside``, the same said in a view next to its cause.

- ``ServiceUnreachable``: nothing app-wide — the connection banner already says it and retries; a view with its
  own words for it (what was kept, what to do) says them beside.
- ``SessionExpired``: nothing here, ever — the app's session-expired hook asks to sign in again, over the window,
  which keeps what the user typed.
- ``ApiError``: the service's message (already in the user's language), with a 5xx's reference (``request_id``)
  to give support; in a message box, or in a view under the field it names or beside its cause.
- ``UnexpectedAnswer``: the service answered a shape this version does not understand: said so, details logged.
- anything else is a bug: ``error_log.ErrorReporter`` logs it to the log file and shows the error dialog
  (without an installed reporter, as in some tests: logged, and a generic message with the details).

Message boxes are opened with ``open()`` (window-modal, non-blocking) so no nested event loop starts inside an
op's delivery. ``last_failure_box`` lets tests find the box that was shown.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping
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
        box = QMessageBox(QMessageBox.Icon.Warning, title, refusal_text(exc), QMessageBox.StandardButton.Ok, window)
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


def refusal_text(exc: ApiError) -> str:
    """The service's words for a refusal (a generic sentence naming its code if it sent none), and a 5xx's
    reference for support."""
    text = exc.message or QCoreApplication.translate(
        "Failures", "The Lumen service refused the request (error %1)."
    ).replace("%1", exc.code)
    if exc.request_id:
        reference = QCoreApplication.translate("Failures", "Reference for support: %1")
        text = f"{text}\n{reference.replace('%1', exc.request_id)}"
    return text


def show_error_beside(
    parent: QObject | None,
    exc: Exception,
    beside: FieldError,
    *,
    fields: Mapping[str, FieldError] | None = None,
    unreachable: str | None = None,
) -> None:
    """A failed call said in the view, next to its cause: a refusal that names one of ``fields`` under that
    field, any other refusal of the service under ``beside``, the view's own words for an unreachable service
    (``unreachable``: what was kept, what to do) under ``beside`` too; the rest — an expired session, an
    unreachable service the view has no words for, an answer not understood, a bug — the app-wide way
    (``show_failure``)."""
    if isinstance(exc, ServiceUnreachable) and unreachable is not None:
        beside.show_message(unreachable)
    elif isinstance(exc, ApiError) and not isinstance(exc, SessionExpired | UnexpectedAnswer):
        (fields or {}).get(exc.field or "", beside).show_message(refusal_text(exc))
    else:
        show_failure(parent, exc)
