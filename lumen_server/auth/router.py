"""HTTP endpoints of the auth domain (thin: parse, call the service, shape the answer)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Request, Response

from lumen_server.auth import service
from lumen_server.auth.models import User
from lumen_server.auth.schemas import (
    LogoutRequest,
    MeResponse,
    PasswordChangeRequest,
    RefreshRequest,
    TokenRequest,
    TokenResponse,
)
from lumen_server.core.deps import (
    BearerCredentials,
    DatabaseDep,
    SessionDep,
    SettingsDep,
    SignedInUser,
    authenticate,
)
from lumen_server.core.errors import ApiError

router = APIRouter(tags=["auth"])


def _client_address(request: Request) -> str:
    # The peer of the TCP connection: no proxy is trusted, so X-Forwarded-For is not read.
    return request.client.host if request.client else "unknown"


@router.post("/auth/token", response_model=TokenResponse, responses={401: {}, 429: {}})
def sign_in(body: TokenRequest, request: Request, database: DatabaseDep, settings: SettingsDep) -> TokenResponse:
    """Signs in. Wrong credentials: 401 ``invalid_credentials``. Too many failures for this username from this
    client address, or from this address for any username, within the window: 429 ``too_many_attempts`` with
    ``Retry-After`` (seconds), even with the right password; the owner signing in from another address is not
    affected."""
    return service.sign_in(
        database,
        settings=settings,
        username=body.username,
        password=body.password,
        address=_client_address(request),
    )


@router.post("/auth/refresh", response_model=TokenResponse, responses={401: {}})
def refresh(body: RefreshRequest, database: DatabaseDep, settings: SettingsDep) -> TokenResponse:
    """New access and refresh tokens; the refresh token sent stops working. A refresh token presented again
    after it was rotated answers 401 and signs out the session it was rotated into (its tokens leaked)."""
    return service.refresh_tokens(database, settings=settings, refresh_token=body.refresh_token)


@router.post("/auth/logout", status_code=204, responses={401: {}})
def sign_out(
    session: SessionDep, credentials: BearerCredentials, body: Annotated[LogoutRequest | None, Body()] = None
) -> Response:
    """Revokes the session of the bearer access token and/or of ``refresh_token``; 401 when neither is valid."""
    access = credentials.credentials if credentials else None
    if not service.sign_out(session, access_token=access, refresh_token=body.refresh_token if body else None):
        raise ApiError(401, "invalid_token")
    return Response(status_code=204)


def _signed_in_outside_a_transaction(database: DatabaseDep, credentials: BearerCredentials) -> User:
    """The signed-in user, read in a short transaction of its own (argon2 must not run inside one)."""
    with database.session() as session:
        return authenticate(session, credentials)


@router.post("/auth/password", status_code=204, responses={422: {}})
def change_password(
    body: PasswordChangeRequest,
    user: Annotated[User, Depends(_signed_in_outside_a_transaction)],
    database: DatabaseDep,
    credentials: BearerCredentials,
) -> Response:
    """Changes my password: the new one has 10+ characters and differs from the current one (422 naming
    ``new_password``); a wrong current password answers 422 ``wrong_current_password`` naming
    ``current_password`` (not 401, which would read as an expired session). Other devices are signed out."""
    service.change_password(
        database,
        user=user,
        current_password=body.current_password,
        new_password=body.new_password,
        keep_access_token=credentials.credentials if credentials else None,
    )
    return Response(status_code=204)


@router.get("/me", response_model=MeResponse, response_model_exclude_unset=True)
def me(user: SignedInUser, session: SessionDep) -> dict[str, object]:
    """Who I am; allowed before the first-login password change."""
    return service.profile(session, user=user)
