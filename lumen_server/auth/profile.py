"""``PATCH /me``: what a signed-in person may change about their own account — today, their language.

The language is the one the service writes their e-mails in; the desktop sends the one the person picks in the
app, so someone who works in English is no longer mailed in French.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from lumen_server.auth.models import User


class ProfileUpdate(BaseModel):
    """Only the keys sent are changed; ``{}`` changes nothing."""

    model_config = ConfigDict(extra="forbid")

    language: Literal["fr", "en"] | None = Field(
        default=None, description="The language of my e-mails (and of the app, when it follows my account)."
    )


def update_profile(session: Session, *, user: User, language: Literal["fr", "en"] | None) -> None:
    if language is not None and user.language != language:
        user.language = language
        session.flush()
