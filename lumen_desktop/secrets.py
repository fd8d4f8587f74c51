"""The refresh token of a remembered sign-in, kept ONLY in the OS keyring (``keyring``), never in a file.

Every call may block on the OS (D-Bus, Keychain...): run them with ``Op(...).run(pool="store")``. Any keyring
failure — ``keyring.errors.NoKeyringError`` when no backend exists, or a backend error — makes the store
``available = False``: it then remembers nothing, and the sign-in dialog says once that the password will be
asked each time (like Spyder's config manager, which falls back without crashing).
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors

SERVICE_NAME = "lumen-desktop"
log = logging.getLogger(__name__)


class SecretStore:
    def __init__(self) -> None:
        self.available: bool | None = None  # None until the keyring was first tried

    @staticmethod
    def _key(address: str, username: str) -> str:
        return f"{username}@{address}"

    def load_refresh_token(self, address: str, username: str) -> str | None:
        """The remembered refresh token, or None (none stored, or no usable keyring)."""
        try:
            token = keyring.get_password(SERVICE_NAME, self._key(address, username))
        except Exception as exc:  # NoKeyringError, KeyringError, or whatever a backend raises
            self._unavailable(exc)
            return None
        self.available = True
        return token or None

    def save_refresh_token(self, address: str, username: str, token: str) -> bool:
        """Remembers the token; answers False (and stores nothing anywhere) when there is no usable keyring."""
        try:
            keyring.set_password(SERVICE_NAME, self._key(address, username), token)
        except Exception as exc:
            self._unavailable(exc)
            return False
        self.available = True
        return True

    def delete_refresh_token(self, address: str, username: str) -> None:
        """Forgets the token (sign-out, "Remember me" unticked, token refused)."""
        try:
            keyring.delete_password(SERVICE_NAME, self._key(address, username))
        except keyring.errors.PasswordDeleteError:
            pass  # nothing was stored
        except Exception as exc:
            self._unavailable(exc)

    def probe(self) -> bool:
        """Whether a usable keyring exists (reads a key that is never written)."""
        self.load_refresh_token("probe", "lumen-desktop")
        return bool(self.available)

    def _unavailable(self, exc: Exception) -> None:
        if self.available is not False:
            log.warning("no usable keyring (%s): refresh tokens will not be remembered", exc)
        self.available = False
