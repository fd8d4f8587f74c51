"""Reading a timestamp that the answer's ``raw`` carries (the typed fields are validated in ``model``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def when(value: Any) -> datetime | None:
    """An ISO 8601 timestamp (``Z`` suffix accepted) or None."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
