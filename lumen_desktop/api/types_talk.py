"""Typed results of talk on a request (comments); a merge answers an ordinary ``Order``."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class CommentAuthor(BaseModel):
    model_config = ConfigDict(frozen=True)

    username: str
    full_name: str


class Comment(BaseModel):
    """One comment on a request: who wrote it, when, and the text (several lines allowed)."""

    model_config = ConfigDict(frozen=True)

    id: int
    at: datetime
    author: CommentAuthor
    text: str


class CommentThread(BaseModel):
    """A request's comments, oldest first; ``may_comment`` is False once the request is decided (read-only)."""

    model_config = ConfigDict(frozen=True)

    items: list[Comment]
    may_comment: bool
