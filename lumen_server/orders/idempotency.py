"""Exactly-once placing (contract invariant 4): a retry with the same ``Idempotency-Key`` gets the first order.

Call :func:`place_once` while the request holds NO open write transaction: on SQLite a write transaction
takes the one writer's turn, so a request session still open around it would wait on itself until the busy
timeout. Endpoints that place orders authenticate with :data:`lumen_server.orders.deps.PlacingUser`, which
signs the user in within its own short read transaction, instead of ``CustomerUser``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lumen_server.core.db import Database
from lumen_server.orders.models import IdempotencyKey, Order

MAX_KEY_LENGTH = 200

Answer = TypeVar("Answer")


def _recorded_order(session: Session, *, user_id: int, key: str) -> int | None:
    return session.scalar(
        select(IdempotencyKey.order_id).where(IdempotencyKey.user_id == user_id, IdempotencyKey.key == key)
    )


def place_once(
    database: Database,
    *,
    user_id: int,
    key: str | None,
    place: Callable[[Session], Order],
    answer: Callable[[Session, Order], Answer],
) -> tuple[Answer, bool]:
    """Runs ``place`` in its own transaction unless ``key`` was already used by this user.

    Returns ``(answer(order), True)`` when this call placed the order, ``(answer(first_order), False)`` when an
    earlier or concurrent call with the same user and key did. The answer is built inside the transaction that
    placed (or found) the order: once the order is committed nothing is left to fail. When ``place`` raises,
    nothing is kept (not even the key), so a retry with the same key may succeed.
    """
    if key is None:
        with database.session() as session:
            order = place(session)
            session.flush()
            return answer(session, order), True
    try:
        with database.session() as session:
            earlier = _recorded_order(session, user_id=user_id, key=key)
            if earlier is not None:
                return answer(session, session.get_one(Order, earlier)), False
            # Claim the key before placing. On PostgreSQL a concurrent claim of the same key waits here on the
            # unique index until the first transaction ends, then fails (IntegrityError) if that one committed.
            # On SQLite, BEGIN IMMEDIATE has already serialised the two transactions.
            claim = IdempotencyKey(user_id=user_id, key=key)
            session.add(claim)
            session.flush()
            order = place(session)
            session.flush()
            claim.order_id = order.id
            return answer(session, order), True
    except IntegrityError:
        with database.read_session() as session:
            winner = _recorded_order(session, user_id=user_id, key=key)
            if winner is None:
                raise  # not the key: a real integrity problem inside ``place``
            return answer(session, session.get_one(Order, winner)), False
