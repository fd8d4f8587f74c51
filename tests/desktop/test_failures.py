"""How a failed call reaches the user (``failures.show_error_beside``): next to its cause in the view, or the
app-wide way — an expired session always the app-wide way (it asks to sign in again), never a word in the view."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from lumen_desktop import failures
from lumen_desktop.api import ApiError, ServiceUnreachable, SessionExpired
from lumen_desktop.api.model import UnexpectedAnswer
from lumen_desktop.widgets.field_error import FieldError


class Form(QWidget):
    """A view's message line and one field's error line, as a dialog has them."""

    def __init__(self) -> None:
        super().__init__()
        self.beside, self.name_error = FieldError(self), FieldError(self)

    def say(self, exc: Exception, unreachable: str | None = None) -> None:
        failures.show_error_beside(self, exc, self.beside, fields={"name": self.name_error}, unreachable=unreachable)

    def texts(self) -> tuple[str, str]:
        return self.beside.text(), self.name_error.text()


@pytest.fixture
def form(qtbot) -> Form:
    form = Form()
    qtbot.addWidget(form)
    failures.last_failure_box = None
    return form


def test_a_refusal_naming_a_field_goes_under_it_and_any_other_beside(form: Form) -> None:
    form.say(ApiError(422, "name_taken", "You already have a template with this name.", field="name"))
    assert form.texts() == ("", "You already have a template with this name.")
    form.say(ApiError(409, "empty_cart", "Your cart is empty.", field="lines"))
    assert form.beside.text() == "Your cart is empty."


def test_a_service_error_says_its_reference_and_a_wordless_one_its_code(form: Form) -> None:
    form.say(ApiError(500, "internal_error", "Something went wrong on the service.", request_id="9f2c41"))
    assert form.beside.text() == "Something went wrong on the service.\nReference for support: 9f2c41"
    form.say(ApiError(418, "teapot", ""))
    assert form.beside.text() == "The Lumen service refused the request (error teapot)."
    assert failures.last_failure_box is None


def test_an_expired_session_is_never_said_in_the_view(form: Form) -> None:
    form.say(SessionExpired("Your session has expired."), unreachable="The service can't be reached.")
    assert form.texts() == ("", "")
    assert failures.last_failure_box is None  # the app's session-expired hook asks to sign in again


def test_an_unreachable_service_is_said_in_the_views_own_words_or_left_to_the_banner(form: Form) -> None:
    form.say(ServiceUnreachable("http://127.0.0.1:9", "connection refused"))
    assert form.texts() == ("", "") and failures.last_failure_box is None
    form.say(ServiceUnreachable("http://127.0.0.1:9", "connection refused"), unreachable="Nothing was saved.")
    assert form.beside.text() == "Nothing was saved."


def test_an_answer_not_understood_is_said_app_wide_with_its_details(form: Form) -> None:
    form.say(UnexpectedAnswer("cart", "lines: not a list"))
    assert form.texts() == ("", "")  # not "unexpected_answer" under the form
    box = failures.last_failure_box
    assert box is not None and "does not understand" in box.text() and "lines" in box.detailedText()
    box.close()
