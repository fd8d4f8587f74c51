"""The signed-in person's account follows the language they pick in the app, so their e-mails are in it too.

``AccountLanguage(ctx)`` sends ``PATCH /me {language}`` (through an ``Op``) when the user switches language while
signed in, and at sign-in when the app's language differs from the account's. It never bothers the user: a
failure is logged, and the next sign-in, switch or return online tries again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .api import Me
from .ops import Op

if TYPE_CHECKING:
    from .context import AppContext

log = logging.getLogger(__name__)


class AccountLanguage(QObject):
    sig_saved = Signal(str)
    """The service now holds this language ("fr"/"en") for the signed-in account."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._ctx = ctx
        self._account_language: str | None = None  # as the service last said, for the signed-in person
        self._sending: str | None = None
        ctx.sig_me_changed.connect(self._on_me_changed)
        ctx.i18n.sig_language_changed.connect(lambda _language: self._follow())
        ctx.connection.sig_online_changed.connect(self._on_online_changed)

    def _on_online_changed(self, online: bool) -> None:
        if online:
            self._follow()

    def _on_me_changed(self, me: Me | None) -> None:
        self._account_language = me.language if me is not None else None
        self._follow()

    def _follow(self) -> None:
        wanted = self._ctx.i18n.language
        if self._ctx.me is None or wanted in (self._account_language, self._sending):
            return
        self._sending = wanted
        client = self._ctx.client
        Op(self, lambda: client.set_my_language(wanted), self._saved).on_failure(self._failed).run()

    def _saved(self, me: Me) -> None:
        self._sending = None
        if self._ctx.me is not None and self._ctx.me.username == me.username:
            self._account_language = me.language
            self.sig_saved.emit(me.language)
        self._follow()  # the user may have switched again meanwhile

    def _failed(self, exc: Exception) -> None:
        self._sending = None
        log.warning("could not save the account's language: %s", exc)
