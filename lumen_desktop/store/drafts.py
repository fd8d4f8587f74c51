"""Drafts: cart edits not yet accepted by the service, kept on disk in order until they are sent.

Every cart edit (an addition, a quantity, a removal, the PO number, job name or note, emptying the cart) is first
appended here, then sent by the cart session (``models.cart_session``) one at a time, in order. An edit leaves the queue
only once the service has answered it — accepted, or refused (the session shows the refusal to the user). So a
service outage, a crash or closing the app never loses an edit: the next start loads the queue and sends it.

The last cart the service sent is kept too (``save_snapshot``), so that while the service is unreachable the
cart can still be shown, with the pending edits applied on top.

``DraftStore`` opens the user's ``LocalStore`` lazily, on first use: every method touches the disk and must run
inside ``Op(..., pool="store")`` (one thread, so appends and removals happen in the order they were asked).
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import BigInteger, Integer, String, Text, delete, select
from sqlalchemy.orm import Mapped, mapped_column

from lumen_desktop.store.db import LocalStore, StoreBase, open_store

EditKind = Literal["set_quantity", "remove_line", "update_details", "empty", "add_lines"]
SNAPSHOT_ID = 1


@dataclass(frozen=True)
class PendingEdit:
    """One cart edit waiting for the service's answer.

    ``payload``: ``{"quantity": int}`` for set_quantity, the changed fields (``po_number``, ``job_name``,
    ``note``) for update_details, ``{}`` for remove_line and empty, ``{"lines": [{"sku", "quantity", "name",
    "uom", "sale_multiple"}]}`` for add_lines (name, uom and multiple only to show the line while it waits).
    ``position`` orders the queue.
    """

    kind: EditKind
    sku: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    position: int = field(default_factory=time.time_ns)


class CartEditRow(StoreBase):
    __tablename__ = "cart_pending_edits"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(BigInteger, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    sku: Mapped[str | None] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)


class CartSnapshotRow(StoreBase):
    """The last cart the service sent (its JSON as received), one row."""

    __tablename__ = "cart_snapshot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cart_json: Mapped[str] = mapped_column(Text)


@dataclass(frozen=True)
class Drafts:
    """What ``DraftStore.load`` finds on disk: the queue in order, and the last cart (JSON) or None."""

    edits: list[PendingEdit]
    snapshot: dict[str, Any] | None


class DraftStore:
    """The pending cart edits and the last known cart of one user (one ``LocalStore`` file per service+user)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._store: LocalStore | None = None

    def _local(self) -> LocalStore:
        if self._store is None:
            self._store = open_store(self.path)
        return self._store

    def load(self) -> Drafts:
        with self._local().session() as session:
            rows = session.scalars(select(CartEditRow).order_by(CartEditRow.position)).all()
            edits = [_edit(row) for row in rows]
            snapshot_row = session.get(CartSnapshotRow, SNAPSHOT_ID)
            snapshot = json.loads(snapshot_row.cart_json) if snapshot_row is not None else None
        return Drafts(edits, snapshot if isinstance(snapshot, dict) else None)

    def append(self, edit: PendingEdit) -> None:
        with self._local().session() as session:
            session.add(
                CartEditRow(
                    id=edit.id,
                    position=edit.position,
                    kind=edit.kind,
                    sku=edit.sku,
                    payload=json.dumps(edit.payload),
                )
            )

    def remove(self, edit_id: str) -> None:
        """Drops an edit the service answered (accepted or refused)."""
        with self._local().session() as session:
            session.execute(delete(CartEditRow).where(CartEditRow.id == edit_id))

    def save_snapshot(self, cart_json: dict[str, Any]) -> None:
        with self._local().session() as session:
            session.merge(CartSnapshotRow(id=SNAPSHOT_ID, cart_json=json.dumps(cart_json)))

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def _edit(row: CartEditRow) -> PendingEdit:
    payload = json.loads(row.payload or "{}")
    return PendingEdit(
        kind=row.kind,  # type: ignore[arg-type]
        sku=row.sku,
        payload=payload if isinstance(payload, dict) else {},
        id=row.id,
        position=row.position,
    )
