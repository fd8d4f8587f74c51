"""A user's local store file: the catalog replica and the cart drafts share one engine on it."""

from __future__ import annotations

from lumen_desktop.store.catalog import CatalogReplica
from lumen_desktop.store.db import open_store, store_path
from lumen_desktop.store.drafts import DraftStore


def test_the_replica_and_the_drafts_of_a_user_share_one_store_and_outlive_each_others_close(tmp_path):
    path = store_path(tmp_path, "http://127.0.0.1:8765", "luc.gagnon")
    drafts = DraftStore(path)
    replica = CatalogReplica(lambda: open_store(path))
    drafts.save_snapshot({"lines": [{"sku": "LU-100001", "quantity": 25}]})

    assert replica.store is open_store(path)
    replica.store.set_meta("cursor", "seq:42")
    replica.close()  # the catalog section goes away first; the cart keeps working on the same file

    assert drafts.load().snapshot == {"lines": [{"sku": "LU-100001", "quantity": 25}]}
    assert open_store(path).get_meta("cursor") == "seq:42"
    drafts.close()
