"""Bodies of talk on a request (comments) and of merging pending requests into one order."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from lumen_server.core.fields import refuse_control_characters
from lumen_server.orders.service import PlacingIn

MAX_COMMENT_LENGTH = 1000
MAX_MERGED = 50


def _comment_text(value: str) -> str:
    """Several lines are fine (Enter makes a new line); any other control character is refused, line by line."""
    text = value.replace("\r\n", "\n").strip()
    if not text:
        raise ValueError("comment_required")  # a message code: worded in the caller's language
    for line in text.split("\n"):
        refuse_control_characters(line)
    return text


CommentText = Annotated[
    str,
    Field(max_length=MAX_COMMENT_LENGTH, json_schema_extra={"minLength": 1}),
    AfterValidator(_comment_text),
]


class CommentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: CommentText


class CommentAuthorOut(BaseModel):
    username: str
    full_name: str


class CommentOut(BaseModel):
    id: int
    at: str
    author: CommentAuthorOut
    text: str


class CommentListOut(BaseModel):
    items: list[CommentOut] = Field(description="Oldest first: the newest is at the bottom of a thread")
    may_comment: bool = Field(description="False once the request is decided or cancelled: the thread is read-only")


class MergedRequestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: int = Field(ge=1)
    version: int = Field(ge=1, description="The version read (the list's or the request's); another one is 409")


class MergeIn(PlacingIn):
    """Pending requests of one customer placed as one order; PO number and job name default to the first's."""

    requests: list[MergedRequestIn] = Field(min_length=2, max_length=MAX_MERGED)
