"""Small converters from the contract's JSON to Python values, shared by the result types.

Money is a JSON string with two decimals ("1234.56") and becomes ``Decimal`` — never ``float``. A price key that
is ABSENT (the user may not see prices) becomes ``None``: callers must treat ``None`` as "not allowed to know",
never as zero, and must never invent a value.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any


def money(data: dict[str, Any], key: str) -> Decimal | None:
    """The money field ``key`` as Decimal, or None when the key is absent (no-price user) or null."""
    value = data.get(key)
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation as exc:
        raise ValueError(f"{key}: not a money amount: {value!r}") from exc


def decimal(value: Any, default: str = "0") -> Decimal:
    """A non-money decimal (a tax rate...), tolerant of numbers sent as JSON numbers or strings."""
    try:
        return Decimal(str(value if value is not None else default))
    except InvalidOperation:
        return Decimal(default)


def when(value: Any) -> datetime | None:
    """An ISO 8601 timestamp (``Z`` suffix accepted) or None."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def text(data: dict[str, Any], key: str, default: str = "") -> str:
    value = data.get(key)
    return default if value is None else str(value)


def opt_text(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return None if value is None else str(value)


def integer(data: dict[str, Any], key: str, default: int = 0) -> int:
    value = data.get(key)
    try:
        return int(value) if value is not None else default
    except (TypeError, ValueError):
        return default


def items(data: Any, key: str | None = None) -> list[dict[str, Any]]:
    """The list under ``key`` (or ``data`` itself when it is the list), keeping only JSON objects."""
    seq = data.get(key) if key is not None and isinstance(data, dict) else data
    return [item for item in seq or [] if isinstance(item, dict)]
