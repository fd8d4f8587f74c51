""" "Away…": from … until …, my stand-in is … (``PUT /me/away``), or "I'm back" (``DELETE /me/away``).

The stand-in is chosen among the other buyers of my customer (``GET /me/stand-ins``); the dates are picked in a
calendar shown in the app's language (fr_CA / en_CA). A refusal of the service is shown under the field it names;
nothing the user chose is lost. While away, my pending requests are in my stand-in's inbox as well as mine.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QLabel, QPushButton, QWidget

from ...api.away import Away, StandIn
from ...context import AppContext
from ...i18n import Retranslating
from ...ops import Op
from ...widgets.form_dialog import FormDialog

_LOCALES = {"fr": QLocale(QLocale.Language.French, QLocale.Country.Canada)}
_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.Canada)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class AwayDialog(Retranslating, FormDialog):
    sig_saved = Signal(object)
    """The service took the absence (api.away.Away), or cleared it (None)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        today = QDate.currentDate()
        self.starts_on, self.ends_on = QDateEdit(today), QDateEdit(today.addDays(7))
        for edit in (self.starts_on, self.ends_on):
            edit.setCalendarPopup(True)
        self.stand_in = QComboBox()
        self.stand_in.setMinimumContentsLength(24)
        self.starts_error = self.add_field("starts_on", self.starts_on)
        self.ends_error = self.add_field("ends_on", self.ends_on)
        self.stand_in_error = self.add_field("stand_in", self.stand_in)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.back_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.back_button.setVisible(False)
        self.back_button.clicked.connect(self.clear)
        self.starts_on.dateChanged.connect(self._dates_changed)
        self.ends_on.dateChanged.connect(self._dates_changed)
        self.lay_out(self.status)
        self.setMinimumWidth(480)
        self.save_button.setEnabled(False)  # until the stand-ins are known
        self.retranslate()
        self._load()

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.action

    def retranslate(self) -> None:
        self.set_texts(
            title=self.tr("Away"),
            intro=self.tr(
                "While you are away, the requests waiting for you are also in your stand-in's inbox, and new ones "
                "are e-mailed to them. The first of you to approve or reject a request decides it."
            ),
            captions={
                "starts_on": self.tr("&From:"),
                "ends_on": self.tr("&Until (included):"),
                "stand_in": self.tr("&Stand-in:"),
            },
            action=self.tr("Save"),
        )
        self.back_button.setText(self.tr("I'm &back"))
        locale = _LOCALES.get(self._ctx.i18n.language, _ENGLISH)
        for edit in (self.starts_on, self.ends_on):
            edit.setLocale(locale)
            edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.LongFormat))

    # --- loading ----------------------------------------------------------------------------------------------
    def _load(self) -> None:
        client = self._ctx.client
        Op(self, lambda: (client.away.stand_ins(), client.away.get()), self._loaded).on_failure(
            lambda exc: self.say_failure(exc, unreachable=self._unreachable())
        ).run()

    def _loaded(self, answer: tuple[list[StandIn], Away | None]) -> None:
        people, away = answer
        self.stand_in.clear()
        for person in people:
            self.stand_in.addItem(person.full_name, person.username)
        if not people:
            self.stand_in_error.show_message(self.tr("Nobody else in your company may place orders."))
        if away is not None:
            self.starts_on.setDate(_qdate(away.starts_on))
            self.ends_on.setDate(_qdate(away.ends_on))
            index = self.stand_in.findData(away.stand_in.username)
            if index >= 0:
                self.stand_in.setCurrentIndex(index)
            self.back_button.setVisible(True)
            self.status.setText(
                self.tr("You are away now; %1 stands in for you.").replace("%1", away.stand_in.full_name)
                if away.active
                else self.tr("Your absence is set; %1 will stand in for you.").replace("%1", away.stand_in.full_name)
            )
        self.save_button.setEnabled(bool(people))

    def _dates_changed(self) -> None:
        if self.ends_on.date() < self.starts_on.date():
            self.ends_error.show_message(self.tr("The last day cannot be before the first."))
        else:
            self.ends_error.clear_message()

    # --- saving -----------------------------------------------------------------------------------------------
    def submit(self) -> None:
        stand_in = self.stand_in.currentData()
        if not stand_in:
            return
        self.clear_errors()
        client = self._ctx.client
        starts, ends = _date(self.starts_on.date()), _date(self.ends_on.date())
        self.send(lambda: client.away.set(starts, ends, stand_in), self._saved, unreachable=self._unreachable())

    def clear(self) -> None:
        client = self._ctx.client
        self.clear_errors()
        self.send(client.away.clear, lambda _none: self._saved(None), unreachable=self._unreachable())

    def _saved(self, away: Away | None) -> None:
        self.sig_saved.emit(away)
        self.accept()

    def _unreachable(self) -> str:
        return self.tr("The Lumen service can't be reached. Try again in a moment.")
