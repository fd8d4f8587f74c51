"""The base of the per-area call groups: each group is a thin, typed façade over ``ApiClient.request``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
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


def given(**fields: Any) -> dict[str, Any]:
    """The fields that are not None: the body of a PATCH or PUT, where a field left out stays as it is."""
    return {name: value for name, value in fields.items() if value is not None}


def placing(shipping: dict[str, Any], po_number: str | None, job_name: str | None) -> dict[str, Any]:
    """The body of a call that places an order: the shipping choice, and the PO number and job name when filled."""
    filled = {"po_number": po_number, "job_name": job_name}
    return {"shipping": shipping, **{name: value for name, value in filled.items() if value}}
