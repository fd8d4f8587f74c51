"""What endpoints that place orders depend on: the signed-in customer user, without a request-long transaction,
the ``Idempotency-Key``, and (``PlacingDep``) both with what placing needs and how its answer is sent.

``CustomerUser`` keeps the request's session (for a POST, a write transaction: on SQLite, the write lock) open
until the response is sent; :meth:`lumen_server.orders.idempotency.IdempotentPlacing.run` runs its own transaction
instead, so these endpoints sign the user in within a short read transaction of their own. The returned user is
detached, with its customer and approver loaded; re-read it in the placing session before changing anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Header, Response
from pydantic import BaseModel

from lumen_server.auth.models import User
from lumen_server.core.answers import for_viewer
from lumen_server.core.config import Settings
from lumen_server.core.db import Database
from lumen_server.core.deps import (
    BearerCredentials,
    DatabaseDep,
    LanguageDep,
    SettingsDep,
    authenticate,
    get_current_user,
    get_customer_user,
)
from lumen_server.core.i18n import Language
from lumen_server.orders.checkout import idempotency_key
from lumen_server.orders.idempotency import IdempotentPlacing
from lumen_server.orders.schemas import OrderOut
from lumen_server.orders.service import order_answer


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

REPLAYED_HEADER = "Idempotent-Replayed"


@dataclass(frozen=True)
class Placing:
    """A request that places an order (checkout, approve, merge): who places, in which language, under which
    key, and where the answer goes."""

    database: Database
    settings: Settings
    user: User
    language: Language
    key: str | None
    response: Response

    def once(self) -> IdempotentPlacing[dict[str, Any]]:
        """Placing under the request's key, the order answered as ``user`` sees it (built in the placing session)."""
        return IdempotentPlacing(self.database, self.user.id, self.key, order_answer(self.user, self.language))

    def answer(self, placed: tuple[Any, bool]) -> BaseModel:
        """The order placed (``IdempotentPlacing.run``'s ``(answer, created)``) as ``user`` may see it; a key used
        before answers the first order, told by ``Idempotent-Replayed: true``."""
        order, created = placed
        if not created:
            self.response.headers[REPLAYED_HEADER] = "true"
        return for_viewer(self.user, order, model=OrderOut)


def get_placing(
    database: DatabaseDep,
    settings: SettingsDep,
    user: PlacingUser,
    language: LanguageDep,
    key: IdempotencyKeyDep,
    response: Response,
) -> Placing:
    return Placing(database, settings, user, language, key, response)


PlacingDep = Annotated[Placing, Depends(get_placing)]
