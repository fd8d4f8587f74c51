"""Where the app keeps its files on this computer (``XDG_DATA_HOME`` and the like are honoured; tests use it)."""

from __future__ import annotations

from pathlib import Path

import platformdirs


def user_data_dir() -> Path:
    """The user's data folder for Lumen Desktop."""
    return Path(platformdirs.user_data_dir("lumen-desktop", "Lumen"))


def user_store_path(address: str, username: str) -> Path:
    """The local store file (catalog replica, drafts) of one user on one service."""
    from .store.db import store_path  # not at import: the ORM waits until a store is opened

    return store_path(user_data_dir(), address, username)
