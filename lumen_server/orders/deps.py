"""The signed-in customer user for endpoints that place orders, without a request-long transaction.

``CustomerUser`` keeps the request's session (for a POST, a write transaction: on SQLite, the write lock) open
until the response is sent; :func:`lumen_server.orders.idempotency.place_once` must run its own transaction
instead, so these endpoints sign the user in within a short read transaction of their own. The returned user is
detached, with its customer and approver loaded; re-read it in the placing session before changing anything.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header

from lumen_server.auth.models import User
from lumen_server.core.deps import BearerCredentials, DatabaseDep, authenticate, get_current_user, get_customer_user
from lumen_server.orders.checkout import idempotency_key


def get_placing_user(database: DatabaseDep, credentials: BearerCredentials) -> User:
    with database.read_session() as session:
        user = get_customer_user(get_current_user(authenticate(session, credentials)))
        _ = (user.customer, user.approver)  # loaded now: the user outlives its session
        return user


PlacingUser = Annotated[User, Depends(get_placing_user)]


def get_idempotency_key(header: Annotated[str | None, Header(alias="Idempotency-Key")] = None) -> str | None:
    return idempotency_key(header)


IdempotencyKeyDep = Annotated[str | None, Depends(get_idempotency_key)]
"""The request's ``Idempotency-Key`` (None without one; 422 naming it when blank or too long)."""
