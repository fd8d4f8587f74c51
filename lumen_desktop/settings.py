"""The user's preferences, kept in ``QSettings`` (never a secret: tokens go to ``secrets``).

Typed accessors over one ``QSettings``; tests pass their own (an INI file in a temp folder). QSettings keeps
values in memory and writes them in the background, so reading/writing here from the GUI thread is fine.

The service address, first match wins:

1. the one the user signed in to last (their own settings, ``service/address``);
2. ``LUMEN_SERVICE_URL`` in the environment;
3. the machine-wide INI an administrator writes (``machine_settings()``), key ``address`` in ``[service]``:
   ``$XDG_CONFIG_DIRS`` (default ``/etc/xdg``) ``/Lumen/lumen-desktop.ini`` on Linux,
   ``%PROGRAMDATA%\\Lumen\\lumen-desktop.ini`` on Windows (Qt's system scope for INI files);
4. ``DEFAULT_ADDRESS``, a service on this computer.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QLocale, QSettings

ORGANIZATION = "Lumen"
APPLICATION = "Lumen Desktop"
DEFAULT_ADDRESS = "http://127.0.0.1:8765"
ADDRESS_VARIABLE = "LUMEN_SERVICE_URL"
MACHINE_FILE = "lumen-desktop"  # lumen-desktop.ini in the system-wide Lumen folder
LANGUAGES = ("fr", "en")
V = TypeVar("V")


def machine_settings() -> QSettings:
    """The machine-wide INI an administrator writes (read-only here; the app never writes it)."""
    machine = QSettings(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, ORGANIZATION, MACHINE_FILE)
    machine.setFallbacksEnabled(False)
    return machine


def _user_settings() -> QSettings:
    user = QSettings(ORGANIZATION, APPLICATION)
    # Without this Qt would also read the system-wide files for any key the user has not set, and the machine
    # default would win over LUMEN_SERVICE_URL; the machine file is read on its own, below the variable.
    user.setFallbacksEnabled(False)
    return user


def system_language() -> str:
    """French when the system speaks French, English otherwise."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


class _Stored(Generic[V]):
    """A preference kept under one ``QSettings`` key, read and written as an attribute of ``Settings``."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __set__(self, settings: Settings, value: V) -> None:
        settings._s.setValue(self.key, value)


class _Text(_Stored[str]):
    """A text ("" when unset)."""

    def __get__(self, settings: Settings, owner: object = None) -> str:
        return settings._text(self.key)


class _Bytes(_Stored[QByteArray]):
    """Bytes Qt saved (a geometry, a header's state); None when unset."""

    def __get__(self, settings: Settings, owner: object = None) -> QByteArray | None:
        return settings._bytes(self.key)


class Settings:
    remembered_username = _Text("session/username")
    """Who signed in last (the sign-in dialog fills it in)."""
    last_section = _Text("window/last_section")
    """The section the main window showed when it closed."""
    window_geometry = _Bytes("window/geometry")
    """The main window's size and place (``saveGeometry``)."""
    window_state = _Bytes("window/state")
    """The main window's bars and docks (``saveState``)."""

    def __init__(
        self,
        qsettings: QSettings | None = None,
        *,
        machine: QSettings | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self._s = qsettings if qsettings is not None else _user_settings()
        self._machine = machine
        self._environ = environ

    def _text(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def service_address(self) -> str:
        """The user's own address if they signed in somewhere, else this machine's default."""
        return self._text("service/address").strip() or self.default_service_address

    @service_address.setter
    def service_address(self, value: str) -> None:
        self._s.setValue("service/address", value)

    @property
    def default_service_address(self) -> str:
        """``LUMEN_SERVICE_URL``, else the machine-wide INI's ``[service] address``, else ``DEFAULT_ADDRESS``."""
        environ = os.environ if self._environ is None else self._environ
        from_environment = environ.get(ADDRESS_VARIABLE, "").strip()
        if from_environment:
            return from_environment
        machine = self._machine if self._machine is not None else machine_settings()
        value = machine.value("service/address")
        return str(value).strip() if value else DEFAULT_ADDRESS

    @property
    def language(self) -> str:
        value = self._text("ui/language", system_language())
        return value if value in LANGUAGES else "fr"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def remember_me(self) -> bool:
        """The user asked to stay signed in (the refresh token is then in the keyring)."""
        return self._text("session/remember_me", "false").lower() == "true"

    @remember_me.setter
    def remember_me(self, value: bool) -> None:
        self._s.setValue("session/remember_me", "true" if value else "false")

    def header_state(self, key: str) -> QByteArray | None:
        """A table's column widths as the user left them (``QHeaderView.saveState``), one entry per table."""
        return self._bytes(f"tables/{key}")

    def set_header_state(self, key: str, state: QByteArray) -> None:
        self._s.setValue(f"tables/{key}", state)

    def sync(self) -> None:
        self._s.sync()

    @property
    def file_name(self) -> str:
        return self._s.fileName()
