"""Request dependencies shared by every router: the DB session, the signed-in user, the language.

``SessionDep`` is one transaction per request, committed when the endpoint function returns normally and
before the response is sent (``scope="function"``), so a client never sees success for a change that was
not committed. A GET or HEAD request gets a read transaction (never a lock on SQLite), any other method a
write transaction (on SQLite it takes the write lock at its first statement: keep such endpoints short).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from lumen_server.auth.models import User
from lumen_server.auth.tokens import user_for_access_token
from lumen_server.core.config import Settings
from lumen_server.core.db import Database
from lumen_server.core.errors import ApiError
from lumen_server.core.i18n import Language, request_language

_bearer = HTTPBearer(auto_error=False)


def get_database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


# HTTP methods that change nothing (RFC 9110 "safe" methods): their endpoints must not write.
READ_METHODS = frozenset({"GET", "HEAD"})


def get_session(request: Request, database: Annotated[Database, Depends(get_database)]) -> Iterator[Session]:
    transaction = database.read_session if request.method in READ_METHODS else database.session
    with transaction() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session, scope="function")]

# A database id in a path: an integer past the database's range is refused (422), not a crash.
IdPath = Annotated[int, Path(ge=1, le=2**31 - 1)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
DatabaseDep = Annotated[Database, Depends(get_database)]


def get_language() -> Language:
    return request_language()


LanguageDep = Annotated[Language, Depends(get_language)]


# The ``Authorization: Bearer …`` header, if any (the dependencies below answer 401 themselves).
BearerCredentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def authenticate(session: Session, credentials: HTTPAuthorizationCredentials | None) -> User:
    """The active user of a valid bearer access token; 401 otherwise."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, "not_authenticated", headers={"WWW-Authenticate": "Bearer"})
    user = user_for_access_token(session, credentials.credentials)
    if user is None:
        raise ApiError(401, "invalid_token", headers={"WWW-Authenticate": "Bearer"})
    return user


def _authenticated(session: SessionDep, credentials: BearerCredentials) -> User:
    return authenticate(session, credentials)


def get_signed_in_user(user: Annotated[User, Depends(_authenticated)]) -> User:
    """The user, even one who must still change their password (for /me and /auth/*)."""
    return user


def get_current_user(user: Annotated[User, Depends(_authenticated)]) -> User:
    """The user, once any first-login password change is done."""
    if user.must_change_password:
        raise ApiError(403, "password_change_required")
    return user


def get_customer_user(user: Annotated[User, Depends(get_current_user)]) -> User:
    """A user of a customer account (staff have no cart, catalog prices or orders)."""
    if user.customer_id is None:
        raise ApiError(403, "customer_only")
    return user


def get_staff_user(user: Annotated[User, Depends(get_current_user)]) -> User:
    if not user.is_staff:
        raise ApiError(403, "staff_only")
    return user


SignedInUser = Annotated[User, Depends(get_signed_in_user)]
CurrentUser = Annotated[User, Depends(get_current_user)]
CustomerUser = Annotated[User, Depends(get_customer_user)]
StaffUser = Annotated[User, Depends(get_staff_user)]
