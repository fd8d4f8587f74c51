"""The desktop's local SQLAlchemy store: a replica of the catalog and the user's drafts (edits not yet sent).

One SQLite file per service address and user, in the user's data folder. Only ever touched off the GUI
thread, through ``Op(..., pool="store")`` (one worker, so writes happen one at a time and in order).
Every table module is imported here so ``LocalStore`` creates them all.
"""

from lumen_desktop.store import catalog, drafts  # noqa: F401  (registers their tables)
from lumen_desktop.store.db import LocalStore, StoreBase, open_store, store_path

__all__ = ["LocalStore", "StoreBase", "open_store", "store_path"]
