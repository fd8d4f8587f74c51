"""Mixin for a widget whose texts hold money, counts or limits written by the app's ``Formatter``: a new one (the
language changed) is kept and the texts are written again its way ("1 000,00 $" in French)."""

from __future__ import annotations

from ..formatting import Formatter
from ..i18n import Retranslating


class Formatted(Retranslating):
    _formatter: Formatter

    def set_formatter(self, formatter: Formatter) -> None:
        """The language changed: money, counts and limits are written its way (``retranslate``)."""
        self._formatter = formatter
        self.retranslate()
