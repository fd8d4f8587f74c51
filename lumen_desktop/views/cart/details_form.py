"""The cart's PO number, job name and note: saved when editing finishes, limits shown, refusals beside the field.

A field the service refused keeps what the user typed (with the service's message under it) until they change
it; a field with a change still waiting for the service says so. Values from the service never overwrite a
field the user is typing in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ...formatting import Formatter
from ...style import set_role
from ...widgets.field_error import FieldError
from ...widgets.formatted import Formatted

LIMITS = {"po_number": 40, "job_name": 80, "note": 1000}  # the service's limits (api-contract, cart schema)


class _NoteEdit(QPlainTextEdit):
    """A plain-text note that reports when the user leaves it (a QPlainTextEdit has no editingFinished)."""

    sig_editing_finished = Signal()
    """Focus left the note."""

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.sig_editing_finished.emit()


class CartDetailsForm(Formatted, QWidget):
    sig_edited = Signal(str, str)
    """The user finished editing a field (field name: po_number/job_name/note, its new value)."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formatter = formatter
        self.po_number = QLineEdit()
        self.po_number.setObjectName("po_number")
        self.po_number.setMaxLength(LIMITS["po_number"])
        self.job_name = QLineEdit()
        self.job_name.setObjectName("job_name")
        self.job_name.setMaxLength(LIMITS["job_name"])
        self.note = _NoteEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.labels = {name: QLabel() for name in LIMITS}
        self.counters = {name: QLabel() for name in LIMITS}
        self.errors = {name: FieldError() for name in LIMITS}
        self.pending = {name: QLabel() for name in LIMITS}
        self._refused: set[str] = set()
        self._note_for = ""  # a requester's note goes with the request to this approver
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name, editor in self.editors().items():
            self.labels[name].setBuddy(editor)
            self.counters[name].setAlignment(Qt.AlignmentFlag.AlignRight)
            set_role(self.counters[name], "muted")
            set_role(self.pending[name], "warning")
            self.pending[name].hide()
            column = QVBoxLayout()
            column.setSpacing(1)
            column.addWidget(editor)
            column.addWidget(self.errors[name])
            column.addWidget(self.pending[name])
            column.addWidget(self.counters[name])
            form.addRow(self.labels[name], column)
        self.po_number.editingFinished.connect(lambda: self._finished("po_number"))
        self.job_name.editingFinished.connect(lambda: self._finished("job_name"))
        self.note.sig_editing_finished.connect(lambda: self._finished("note"))
        self.po_number.textEdited.connect(lambda _t: self._typing("po_number"))
        self.job_name.textEdited.connect(lambda _t: self._typing("job_name"))
        self.note.textChanged.connect(lambda: self._typing("note"))
        self.retranslate()

    def set_note_for(self, approver_name: str) -> None:
        """A requester's cart: the note is the one their approver reads with the request ("" for a buyer)."""
        self._note_for = approver_name
        self.retranslate()

    def editors(self) -> dict[str, QWidget]:
        return {"po_number": self.po_number, "job_name": self.job_name, "note": self.note}

    def value(self, name: str) -> str:
        editor = self.editors()[name]
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()  # type: ignore[attr-defined]

    def retranslate(self) -> None:
        self.labels["po_number"].setText(self.tr("&PO number:"))
        self.labels["job_name"].setText(self.tr("&Job name:"))
        if self._note_for:
            self.labels["note"].setText(self.tr("N&ote for %1:").replace("%1", self._note_for))
        else:
            self.labels["note"].setText(self.tr("N&ote:"))
        self.po_number.setPlaceholderText(self.tr("Your purchase order number"))
        self.job_name.setPlaceholderText(self.tr("The job site or project"))
        if self._note_for:
            self.note.setPlaceholderText(
                self.tr("What %1 should know, sent with the request (optional)").replace("%1", self._note_for)
            )
        else:
            self.note.setPlaceholderText(self.tr("Instructions for this order (optional)"))
        for name in LIMITS:
            self.pending[name].setText(self.tr("Will be sent when the service is back"))
            self._count(name)

    # --- showing the service's values ---------------------------------------------------------------------------
    def show_values(self, values: dict[str, str], pending: frozenset[str]) -> None:
        """The cart's values; a field being typed in or showing a refusal keeps the user's text."""
        for name, editor in self.editors().items():
            self.pending[name].setVisible(name in pending)
            if editor.hasFocus() or name in self._refused:
                continue
            text = values.get(name, "")
            if self.value(name) != text:
                editor.blockSignals(True)
                if isinstance(editor, QPlainTextEdit):
                    editor.setPlainText(text)
                else:
                    editor.setText(text)  # type: ignore[attr-defined]
                editor.blockSignals(False)
            self._count(name)

    def show_refusal(self, name: str, message: str) -> None:
        """The service refused this field's value: its message under the field, the typed text kept."""
        if name not in LIMITS:
            return
        self._refused.add(name)
        self.errors[name].show_message(message)

    def clear_refusals(self) -> None:
        self._refused.clear()
        for error in self.errors.values():
            error.clear_message()

    # --- user input ----------------------------------------------------------------------------------------------
    def _typing(self, name: str) -> None:
        self._count(name)

    def _finished(self, name: str) -> None:
        value = self.value(name)
        if name == "note" and len(value) > LIMITS["note"]:
            limit = self._formatter.number(LIMITS["note"])
            self.errors[name].show_message(self.tr("At most %1 characters.").replace("%1", limit))
            return
        if name in self._refused:
            self._refused.discard(name)
            self.errors[name].clear_message()
        self.sig_edited.emit(name, value)

    def _count(self, name: str) -> None:
        length, limit = len(self.value(name)), LIMITS[name]
        counter = self.tr("%1 / %2").replace("%1", self._formatter.number(length))
        self.counters[name].setText(counter.replace("%2", self._formatter.number(limit)))
        set_role(self.counters[name], "error" if length > limit else "muted")
