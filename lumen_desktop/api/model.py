"""The base of every typed answer: a frozen pydantic model, validated from the service's JSON on every answer.

An answer that does not have the contract's shape (a missing field, a quantity that is not a number...) raises
``UnexpectedAnswer`` — an ``ApiError`` shown through the app's usual error path — never a silent default.
Every field the client uses is declared on its model (and held to the served OpenAPI schema by
tests/desktop/test_api_schema.py); what the service left out (no price key for a user who may not see prices) is
what ``model_fields_set`` lacks.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Self, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError

from .errors import ApiError

Json = dict[str, Any]
M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")


class UnexpectedAnswer(ApiError):
    """The service answered with a shape this version of the app does not understand (see the module docstring)."""

    def __init__(self, what: str, problem: str) -> None:
        super().__init__(0, "unexpected_answer", "")
        self.what = what
        self.problem = problem

    def __str__(self) -> str:
        return f"unexpected answer ({self.what}): {self.problem}"


def _none_as_empty(value: Any) -> Any:
    return "" if value is None else value


def _none_as_no_items(value: Any) -> Any:
    return [] if value is None else value


# A text the contract may send as null ("no PO number"): shown as an empty string.
Text = Annotated[str, BeforeValidator(_none_as_empty)]
# A list the schema lets the service send as null (``taxes``): read as empty, the same as when it is absent.
Items = Annotated[list[T], BeforeValidator(_none_as_no_items)]
# Money is a JSON string with two decimals ("1234.56"); absent (a user who may not see prices) → None.
Money = Decimal | None


class ApiModel(BaseModel):
    model_config = ConfigDict(frozen=True, coerce_numbers_to_str=True)

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """``data`` (a decoded JSON answer) as this type; ``UnexpectedAnswer`` if it does not fit."""
        return parse(cls, data)


def spread(data: Any, field: str, **parts: str) -> Any:
    """``data`` with the object the contract sends at ``field`` spread into the client's fields: each of ``parts``
    (client field = key in that object) takes that key's value. Any other ``data`` as it is."""
    if isinstance(data, dict) and isinstance(data.get(field), dict):
        served = data[field]
        return {**data, **{name: served.get(key) for name, key in parts.items()}}
    return data


def parse(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise UnexpectedAnswer(model.__name__, f"{where}: {first['msg']}") from exc


def items_of(data: Any, key: str = "items") -> list[Json]:
    """The list of objects under ``key`` of an answer (or the answer itself when it is that list)."""
    seq = data.get(key) if isinstance(data, dict) else data
    if not isinstance(seq, list) or not all(isinstance(item, dict) for item in seq):
        raise UnexpectedAnswer(key, "not a list of objects")
    return seq
