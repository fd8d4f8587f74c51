"""The signed-in customer user for endpoints that place orders, without a request-long transaction.

``CustomerUser`` keeps the request's session (and, on SQLite, its write lock) open until the response is sent;
:func:`lumen_server.orders.idempotency.place_once` must run its own transaction instead, so these endpoints sign
the user in within a short transaction of their own. The returned user is detached, with its customer and
approver loaded; re-read it in the placing session before changing anything.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from lumen_server.auth.models import User
from lumen_server.auth.tokens import user_for_access_token
from lumen_server.core.deps import DatabaseDep, get_current_user, get_customer_user
from lumen_server.core.errors import ApiError

_bearer = HTTPBearer(auto_error=False)


def get_placing_user(
    database: DatabaseDep, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> User:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, "not_authenticated", headers={"WWW-Authenticate": "Bearer"})
    with database.session() as session:
        user = user_for_access_token(session, credentials.credentials)
        if user is None:
            raise ApiError(401, "invalid_token", headers={"WWW-Authenticate": "Bearer"})
        user = get_customer_user(get_current_user(user))
        _ = (user.customer, user.approver)  # loaded now: the user outlives its session
        return user


PlacingUser = Annotated[User, Depends(get_placing_user)]
