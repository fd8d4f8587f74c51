"""``PATCH /me`` (kept apart from ``auth.router`` so each stays one small job: sign-in there, my profile here)."""

from __future__ import annotations

from fastapi import APIRouter

from lumen_server.auth import service
from lumen_server.auth.profile import ProfileUpdate, update_profile
from lumen_server.auth.schemas import MeResponse
from lumen_server.core.deps import SessionDep, SignedInUser

router = APIRouter(tags=["auth"])


@router.patch("/me", response_model=MeResponse, response_model_exclude_unset=True, responses={422: {}})
def update_me(body: ProfileUpdate, user: SignedInUser, session: SessionDep) -> dict[str, object]:
    """Changes my account: ``{"language": "fr"|"en"}`` is the language my e-mails are written in. Answers who I
    am now, as ``GET /me``; allowed before the first-login password change. Another value: 422
    ``invalid_choice`` naming ``language``."""
    update_profile(session, user=user, language=body.language)
    return service.profile(session, user=user)
