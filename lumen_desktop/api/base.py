"""The base of the per-area call groups: each group is a thin, typed façade over ``ApiClient.request``."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from .client import ApiClient


class CallGroup:
    """Holds the client; subclasses add one method per endpoint of their area."""

    def __init__(self, client: ApiClient) -> None:
        self._client = client


def seg(value: object) -> str:
    """A value made safe as one path segment (SKUs may contain ``/`` or spaces)."""
    return quote(str(value), safe="")
