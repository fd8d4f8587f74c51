"""The answer of an endpoint that places an order once per ``Idempotency-Key`` (checkout, approve, merge)."""

from __future__ import annotations

from typing import Any

from fastapi import Response
from pydantic import BaseModel

from lumen_server.auth.models import User
from lumen_server.core.answers import for_viewer
from lumen_server.orders.schemas import OrderOut

REPLAYED_HEADER = "Idempotent-Replayed"


def placed_answer(user: User, placed: tuple[Any, bool], response: Response) -> BaseModel:
    """The order (``IdempotentPlacing.run``'s ``(answer, created)``) as ``user`` may see it; a key used before
    answers the first order, told by ``Idempotent-Replayed: true``."""
    order, created = placed
    if not created:
        response.headers[REPLAYED_HEADER] = "true"
    return for_viewer(user, order, model=OrderOut)
