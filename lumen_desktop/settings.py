"""The user's preferences, kept in ``QSettings`` (never a secret: tokens go to ``secrets``).

Typed accessors over one ``QSettings``; tests pass their own (an INI file in a temp folder). QSettings keeps
values in memory and writes them in the background, so reading/writing here from the GUI thread is fine.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, QSettings

ORGANIZATION = "Lumen"
APPLICATION = "Lumen Desktop"
DEFAULT_ADDRESS = "http://127.0.0.1:8765"
LANGUAGES = ("fr", "en")


def system_language() -> str:
    """French when the system speaks French, English otherwise."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings if qsettings is not None else QSettings(ORGANIZATION, APPLICATION)

    def _text(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    @property
    def service_address(self) -> str:
        return self._text("service/address", DEFAULT_ADDRESS)

    @service_address.setter
    def service_address(self, value: str) -> None:
        self._s.setValue("service/address", value)

    @property
    def language(self) -> str:
        value = self._text("ui/language", system_language())
        return value if value in LANGUAGES else "fr"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def remembered_username(self) -> str:
        return self._text("session/username")

    @remembered_username.setter
    def remembered_username(self, value: str) -> None:
        self._s.setValue("session/username", value)

    @property
    def remember_me(self) -> bool:
        """The user asked to stay signed in (the refresh token is then in the keyring)."""
        return self._text("session/remember_me", "false").lower() == "true"

    @remember_me.setter
    def remember_me(self, value: bool) -> None:
        self._s.setValue("session/remember_me", "true" if value else "false")

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    @property
    def last_section(self) -> str:
        return self._text("window/last_section")

    @last_section.setter
    def last_section(self, value: str) -> None:
        self._s.setValue("window/last_section", value)

    def header_state(self, key: str) -> QByteArray | None:
        """A table's column widths as the user left them (``QHeaderView.saveState``), one entry per table."""
        value = self._s.value(f"tables/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_header_state(self, key: str, state: QByteArray) -> None:
        self._s.setValue(f"tables/{key}", state)

    def sync(self) -> None:
        self._s.sync()

    @property
    def file_name(self) -> str:
        return self._s.fileName()
