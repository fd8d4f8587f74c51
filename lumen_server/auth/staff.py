"""Creating Lumen e-commerce staff users (``lumen-server create-staff``)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lumen_server.auth.models import User
from lumen_server.auth.passwords import hash_password, one_time_password


def create_staff(
    session: Session, *, username: str, email: str | None, first_name: str = "", last_name: str = ""
) -> str:
    """Creates a staff user who must change the returned one-time password at first sign-in."""
    username = username.strip().lower()
    email = (email or f"{username}@lumen.ca").strip().lower()
    if not username or len(username) > 80:
        raise ValueError("the username must have 1 to 80 characters")
    taken = session.scalar(
        select(func.count()).where((func.lower(User.username) == username) | (func.lower(User.email) == email))
    )
    if taken:
        raise ValueError(f"a user named {username!r} or with e-mail {email!r} already exists")
    password = one_time_password()
    session.add(
        User(
            username=username,
            email=email,
            password_hash=hash_password(password),
            first_name=first_name,
            last_name=last_name,
            language="fr",
            customer_id=None,
            is_staff=True,
            must_change_password=True,
        )
    )
    session.flush()
    return password
