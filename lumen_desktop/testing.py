"""Helpers for code that drives the real app outside a user's session: the desktop tests and the GUI bench.

- ``MemoryKeyring``: a working keyring backend that keeps secrets in memory, for machines without an OS keyring
  (CI, the bench's child processes). Install it with ``keyring.set_keyring(MemoryKeyring())``.

The app itself never imports this module, so the packaged app does not hold it.
"""

from __future__ import annotations

import keyring.backend
import keyring.errors


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps secrets in memory, answering like an OS keyring would."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring leaves this one unannotated
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)
