"""The user's cart on the desktop: the service's cart, the queue of edits not yet sent, and their refusals.

Every edit (``add_lines``, ``set_quantity``, ``remove_line``, ``update_details``, ``empty``) is appended to the
on-disk queue (``store.drafts``) and then sent in order, one at a time. While the service is unreachable the queue
simply waits (the edits are shown as pending on top of the last known cart) and is replayed when
``ConnectionState`` says the service is back. A refusal (a 4xx answer: product withdrawn, bad quantity, field too
long...) takes the edit out of the queue and becomes a ``Refusal`` the view shows on that line or beside that
field — never silently dropped.

Whole-cart actions that need the service's answer (send for approval, checkout, import, template) are done by
the dialogs; they hand the resulting cart back with ``adopt`` (or call ``reload``).

One session per signed-in user (``CartSession.of(ctx)``): the Catalog's "Add to cart", a barcode scan, a material
list imported offline and the Cart section all go through the same queue, so the offline rules never differ by
button.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..api import ApiError, Cart, ServiceUnreachable, SessionExpired
from ..context import AppContext
from ..failures import show_failure
from ..ops import Op
from ..paths import user_store_path
from ..store.drafts import Drafts, DraftStore, EditKind, PendingEdit
from .cart_pending import EMPTY_CART, ShownCart, send_edit, shown_cart

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Refusal:
    """An edit the service refused: ``sku`` names the line, ``field`` the detail input (po_number...).
    ``line`` is the refused line of a bulk addition (the service lists each bad line)."""

    edit: PendingEdit
    message: str
    field: str | None
    line: str | None = None

    @property
    def sku(self) -> str | None:
        return self.line or self.edit.sku


class CartSession(QObject):
    sig_changed = Signal()
    """What the cart shows changed (``shown``: lines, details, totals, pending edits or refusals)."""
    sig_loaded = Signal()
    """A cart answer from the service was adopted (after a reload, an edit or a whole-cart action)."""
    sig_queue_drained = Signal()
    """Every pending edit has been answered by the service."""
    sig_edit_answered = Signal(object, object)
    """(PendingEdit, list[Refusal]): the service answered this edit; an empty list means accepted."""
    sig_edit_held = Signal(object)
    """(PendingEdit): the edit could not be sent (service unreachable, session ended); it waits in the queue."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        username = ctx.me.username if ctx.me is not None else ""
        self.username = username
        self._drafts = DraftStore(user_store_path(ctx.client.address, username))
        self.cart: Cart | None = None
        self.edits: list[PendingEdit] = []
        self.refusals: list[Refusal] = []
        self.shown: ShownCart = shown_cart(None, [])
        self._drafts_loaded = False
        self._sending: PendingEdit | None = None
        self._reload_after_drain = False
        self._reload_serial = 0  # only the last reload asked for is shown
        self._generation = 0  # bumps at each adopted cart; a reload answer older than an adopted one is dropped
        ctx.connection.sig_online_changed.connect(self._on_online_changed)
        drafts = self._drafts
        Op(self, drafts.load, self._drafts_read).on_failure(self._drafts_unreadable).run(pool="store")

    @classmethod
    def of(cls, ctx: AppContext) -> CartSession:
        """The signed-in user's session, created (as the context's child) on first use."""
        username = ctx.me.username if ctx.me is not None else ""
        existing = ctx.findChild(cls, "cart_session")
        if existing is not None and existing.username == username:
            return existing
        if existing is not None:  # another user signed in on this context: their queue is in their own file
            existing.setObjectName("")
            existing.close()
            existing.deleteLater()
        session = cls(ctx, ctx)
        session.setObjectName("cart_session")
        return session

    # --- reading ------------------------------------------------------------------------------------------------
    @property
    def is_sending(self) -> bool:
        return self._sending is not None

    @property
    def pending_count(self) -> int:
        return len(self.edits)

    def reload(self) -> None:
        """Fetches the cart from the service (and sends what waits, if anything)."""
        self._reload_serial += 1
        client, generation, serial = self._ctx.client, self._generation, self._reload_serial
        Op(self, client.cart.get, lambda cart: self._reloaded(cart, generation, serial)).on_failure(
            self._reload_failed
        ).run()
        self._drain()

    def _reloaded(self, cart: Cart, generation: int, serial: int) -> None:
        if serial != self._reload_serial:
            return  # a later reload was asked for (the cart changed elsewhere): its answer is the one to show
        if generation != self._generation:
            return  # an edit's answer arrived meanwhile and is at least as recent
        self.adopt(cart)

    def _reload_failed(self, exc: Exception) -> None:
        if not isinstance(exc, ServiceUnreachable | SessionExpired):
            show_failure(self.parent(), exc)

    def adopt(self, cart: Cart) -> None:
        """Takes ``cart`` as the service's current cart (from any answer that carries it)."""
        self._generation += 1
        self.cart = cart
        drafts = self._drafts

        def save() -> None:  # dumped on the store's thread: the cart is frozen, and every edit's answer comes here
            drafts.save_snapshot(cart.model_dump(mode="json", exclude_none=True))

        Op(self, save).on_failure(_log_store_failure).run(pool="store")
        self._update()
        self.sig_loaded.emit()

    def cleared_by_service(self) -> None:
        """The service emptied the cart (sent for approval, order placed): show it empty, then confirm."""
        self.refusals = []
        self._generation += 1  # a reload still in flight would bring the old lines back
        self.cart = EMPTY_CART
        self._update()
        self.reload()

    # --- editing ------------------------------------------------------------------------------------------------
    def add_lines(self, lines: list[dict[str, Any]]) -> PendingEdit:
        """Adds ``lines`` (``sku``, ``quantity``, and ``name``/``uom``/``sale_multiple`` to show them while they
        wait) to what the cart holds; answered through ``sig_edit_answered`` or held (``sig_edit_held``)."""
        sku = lines[0]["sku"] if len(lines) == 1 else None
        return self._enqueue("add_lines", sku, {"lines": [dict(line) for line in lines]})

    def withdraw(self, edit: PendingEdit) -> bool:
        """Takes back an edit not sent yet (Undo); False when it is already on its way or answered."""
        if self._sending is not None and self._sending.id == edit.id:
            return False
        if all(e.id != edit.id for e in self.edits):
            return False
        self._forget(edit)
        self._update()
        return True

    def set_quantity(self, sku: str, quantity: int) -> None:
        self._enqueue("set_quantity", sku, {"quantity": int(quantity)})

    def remove_line(self, sku: str) -> None:
        self._enqueue("remove_line", sku, {})

    def empty(self) -> None:
        self._enqueue("empty", None, {})

    def update_details(self, **fields: str) -> None:
        """Changes po_number, job_name and/or note; unchanged values are not sent."""
        changed = {name: value for name, value in fields.items() if value != self.shown.details.get(name)}
        if changed:
            self._enqueue("update_details", None, changed)

    def dismiss_refusal_of(self, sku: str) -> None:
        """The line's value is valid again: its refusal no longer describes it."""
        kept = [r for r in self.refusals if r.sku != sku or r.edit.kind == "update_details"]
        if len(kept) != len(self.refusals):
            self.refusals = kept
            self._update()

    def dismiss_refusals(self) -> None:
        self.refusals = []
        self._update()

    def _enqueue(self, kind: EditKind, sku: str | None, payload: dict[str, Any]) -> PendingEdit:
        edit = PendingEdit(kind, sku, payload)
        # A new edit of the same line or field supersedes the refusal shown for it.
        self.refusals = [r for r in self.refusals if not _supersedes(edit, r)]
        self.edits.append(edit)
        drafts = self._drafts
        Op(self, lambda: drafts.append(edit)).on_failure(_log_store_failure).run(pool="store")
        self._update()
        if not self._ctx.connection.is_online:
            self.sig_edit_held.emit(edit)
        self._drain()
        return edit

    # --- sending the queue --------------------------------------------------------------------------------------
    def _drain(self) -> None:
        if self._sending is not None or not self.edits or not self._drafts_loaded:
            return
        if not self._ctx.connection.is_online:
            return  # the connection's own probe says when the service is back (``_on_online_changed``)
        edit = self.edits[0]
        self._sending = edit
        client = self._ctx.client
        Op(self, lambda: send_edit(client, edit), lambda cart: self._sent(edit, cart)).on_failure(
            lambda exc: self._send_failed(edit, exc)
        ).run()

    def _sent(self, edit: PendingEdit, cart: Cart | None) -> None:
        self._forget(edit)
        if cart is not None:
            self.adopt(cart)
        else:
            self._reload_after_drain = True
            self._update()
        self.sig_edit_answered.emit(edit, [])
        self._after_answer()

    def _send_failed(self, edit: PendingEdit, exc: Exception) -> None:
        self._sending = None
        if isinstance(exc, ServiceUnreachable | SessionExpired) or (isinstance(exc, ApiError) and exc.status >= 500):
            self._update()  # kept: sent again when the service is back, on refresh, or after signing in again
            self.sig_edit_held.emit(edit)
            return
        if not isinstance(exc, ApiError):
            log.error("sending a cart edit failed", exc_info=exc)
            self._update()
            return
        self._forget(edit)
        refusals: list[Refusal] = []
        if edit.kind == "add_lines" and exc.lines:  # all-or-nothing: each bad line with the service's words
            refusals = [
                Refusal(edit, line.message or exc.message or exc.code, None, line.sku or edit.sku) for line in exc.lines
            ]
        elif not (edit.kind == "remove_line" and exc.status == 404):  # removing a line already gone is done
            refusals = [Refusal(edit, exc.message or exc.code, exc.field)]
        self.refusals.extend(refusals)
        self._reload_after_drain = True
        self._update()
        self.sig_edit_answered.emit(edit, refusals)
        self._after_answer()

    def _forget(self, edit: PendingEdit) -> None:
        self._sending = None
        self.edits = [e for e in self.edits if e.id != edit.id]
        drafts = self._drafts
        Op(self, lambda: drafts.remove(edit.id)).on_failure(_log_store_failure).run(pool="store")

    def _after_answer(self) -> None:
        if self.edits:
            self._drain()
            return
        if self._reload_after_drain:
            self._reload_after_drain = False
            self.reload()
        self.sig_queue_drained.emit()

    def _on_online_changed(self, online: bool) -> None:
        if online:
            self.reload()
        self._update()

    # --- local store ----------------------------------------------------------------------------------------------
    def _drafts_read(self, drafts: Drafts) -> None:
        known = {edit.id for edit in self.edits}
        self.edits = [edit for edit in drafts.edits if edit.id not in known] + self.edits
        if self.cart is None and drafts.snapshot is not None:
            self.cart = Cart.from_json(drafts.snapshot)
        self._drafts_loaded = True
        self._update()
        self._drain()

    def _drafts_unreadable(self, exc: Exception) -> None:
        log.error("the local cart drafts could not be read", exc_info=exc)
        self._drafts_loaded = True
        self._drain()

    def _update(self) -> None:
        self.shown = shown_cart(self.cart, self.edits)
        self.sig_changed.emit()

    def close(self) -> None:
        drafts = self._drafts
        Op(None, drafts.close).run(pool="store")


def _supersedes(edit: PendingEdit, refusal: Refusal) -> bool:
    if refusal.edit.kind == "update_details":
        return edit.kind == "update_details" and bool(set(edit.payload) & set(refusal.edit.payload))
    return edit.kind == "empty" or (edit.sku is not None and edit.sku == refusal.sku)


def _log_store_failure(exc: Exception) -> None:
    log.error("the local cart store failed", exc_info=exc)
