"""Exactly-once placing (contract invariant 4): a retry with the same ``Idempotency-Key`` gets the first order.

A key belongs to one user and is remembered with what it was first used for: the operation (``checkout``,
``approve``), its target (the cart, approval request 12) and a fingerprint of the payload. The same key sent
again for exactly that answers the first order; for anything else it answers 422 ``idempotency_key_reused``,
never another request's result.

Call :func:`place_once` while the request holds NO open write transaction: on SQLite a write transaction
takes the one writer's turn, so a request session still open around it would wait on itself until the busy
timeout. Endpoints that place orders authenticate with :data:`lumen_server.orders.deps.PlacingUser`, which
signs the user in within its own short read transaction, instead of ``CustomerUser``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lumen_server.core.db import Database
from lumen_server.core.errors import ApiError
from lumen_server.core.i18n import register_messages
from lumen_server.orders.models import IdempotencyKey, Order

MAX_KEY_LENGTH = 200
KEY_HEADER = "Idempotency-Key"

Answer = TypeVar("Answer")


@dataclass(frozen=True)
class IdempotencyScope:
    """A key and what it is used for."""

    key: str
    operation: str
    target: str
    fingerprint: str


def scope_for(key: str | None, *, operation: str, target: str, payload: BaseModel) -> IdempotencyScope | None:
    """The scope of a request carrying ``key`` (None without a key); the payload as parsed, so spacing and key
    order of the JSON do not matter."""
    if key is None:
        return None
    digest = hashlib.sha256(payload.model_dump_json().encode()).hexdigest()
    return IdempotencyScope(key=key, operation=operation, target=target, fingerprint=digest)


def _replayed(session: Session, *, user_id: int, scope: IdempotencyScope) -> int | None:
    """The order first placed with this user's key, or None if the key is new; 422 when it was used for
    another operation, target or payload."""
    record = session.scalars(
        select(IdempotencyKey).where(IdempotencyKey.user_id == user_id, IdempotencyKey.key == scope.key)
    ).first()
    if record is None:
        return None
    if (record.operation, record.target, record.fingerprint) != (scope.operation, scope.target, scope.fingerprint):
        raise ApiError(422, "idempotency_key_reused", field=KEY_HEADER)
    return record.order_id


def place_once(
    database: Database,
    *,
    user_id: int,
    scope: IdempotencyScope | None,
    place: Callable[[Session], Order],
    answer: Callable[[Session, Order], Answer],
) -> tuple[Answer, bool]:
    """Runs ``place`` in its own transaction unless this user's key was already used for the same request.

    Returns ``(answer(order), True)`` when this call placed the order, ``(answer(first_order), False)`` when an
    earlier or concurrent call with the same user, key and request did. The answer is built inside the
    transaction that placed (or found) the order: once the order is committed nothing is left to fail. When
    ``place`` raises, nothing is kept (not even the key), so a retry with the same key may succeed.
    """
    if scope is None:
        with database.session() as session:
            order = place(session)
            session.flush()
            return answer(session, order), True
    try:
        with database.session() as session:
            earlier = _replayed(session, user_id=user_id, scope=scope)
            if earlier is not None:
                return answer(session, session.get_one(Order, earlier)), False
            # Claim the key before placing. On PostgreSQL a concurrent claim of the same key waits here on the
            # unique index until the first transaction ends, then fails (IntegrityError) if that one committed.
            # On SQLite, the write lock has already serialised the two transactions.
            claim = IdempotencyKey(
                user_id=user_id,
                key=scope.key,
                operation=scope.operation,
                target=scope.target,
                fingerprint=scope.fingerprint,
            )
            session.add(claim)
            session.flush()
            order = place(session)
            session.flush()
            claim.order_id = order.id
            return answer(session, order), True
    except IntegrityError:
        with database.read_session() as session:
            winner = _replayed(session, user_id=user_id, scope=scope)
            if winner is None:
                raise  # not the key: a real integrity problem inside ``place``
            return answer(session, session.get_one(Order, winner)), False


@dataclass(frozen=True)
class IdempotentPlacing(Generic[Answer]):
    """What checkout, approve and merge each place under: the database, the user whose key it is, the key (None
    when the request sent none), and how the order is answered (built in the placing transaction)."""

    database: Database
    user_id: int
    key: str | None
    answer: Callable[[Session, Order], Answer]

    def run(
        self, place: Callable[[Session], Order], *, operation: str, target: str, payload: BaseModel
    ) -> tuple[Answer, bool]:
        """:func:`place_once` of ``place``, the key scoped to ``operation`` on ``target`` with ``payload``."""
        scope = scope_for(self.key, operation=operation, target=target, payload=payload)
        return place_once(self.database, user_id=self.user_id, scope=scope, place=place, answer=self.answer)


register_messages(
    {
        "idempotency_key_reused": {
            "en": "{field} was already used for another request; send a new key for this one.",
            "fr": "{field} a déjà servi pour une autre requête; envoyez une nouvelle clé pour celle-ci.",
        }
    }
)
