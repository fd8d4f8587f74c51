"""Request-field types shared by several domains' schemas."""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator, Field

from lumen_server.core.i18n import register_messages

MAX_REASON_LENGTH = 1000


def refuse_control_characters(value: str | None) -> str | None:
    """Single-line text (a name, a PO number, a SKU...) keeps no control character: a CR/LF would become lines
    of their own in an e-mail or a printed order, a NUL cannot be stored by PostgreSQL."""
    if value is None:
        return None
    for char in value:
        if char == "\x00":
            raise ValueError("nul_character")
        if unicodedata.category(char) == "Cc" or char in "\u2028\u2029":
            raise ValueError("control_character")
    return value


SingleLine = AfterValidator(refuse_control_characters)


def _not_blank_reason(value: str) -> str:
    if not value.strip():
        raise ValueError("reason_required")  # a message code: the error handler words it in the caller's language
    return value.strip()


def _stripped_or_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


# A purchase-order number and a job name, wherever they are given: spaces around dropped, blank is none.
PoNumber = Annotated[str | None, Field(max_length=40), AfterValidator(_stripped_or_none), SingleLine]
JobName = Annotated[str | None, Field(max_length=80), AfterValidator(_stripped_or_none), SingleLine]

# Why an approval request or an account request is turned down: required, not blank, stored stripped.
# (Documented minLength 1: an empty one is refused by the validator, as reason_required.)
Reason = Annotated[
    str,
    Field(max_length=MAX_REASON_LENGTH, json_schema_extra={"minLength": 1}),
    AfterValidator(_not_blank_reason),
]

register_messages(
    {
        "reason_required": {"en": "{field}: please give a reason.", "fr": "{field} : veuillez donner une raison."},
        "control_character": {
            "en": "{field} must be one line of text, without control characters (such as a line break).",
            "fr": "{field} doit tenir sur une ligne, sans caractère de contrôle (comme un saut de ligne).",
        },
    }
)
