"""Usernames made from a person's name: ``first.last`` in plain ASCII, numbered when taken (``sylvie.cote2``)."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from lumen_server.auth.models import User

MAX_BASE = 60


def ascii_slug(text: str) -> str:
    """``"Côté-Lévesque"`` → ``"cote-levesque"``: accents dropped, lower case, letters, digits and hyphens."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def username_base(first_name: str, last_name: str) -> str:
    parts = [slug for slug in (ascii_slug(first_name), ascii_slug(last_name)) if slug]
    return ".".join(parts)[:MAX_BASE].strip(".-") or "user"


def unique_username(session: Session, *, first_name: str, last_name: str) -> str:
    """The first free one of ``base``, ``base2``, ``base3``... (case-insensitive)."""
    base = username_base(first_name, last_name)
    names = session.scalars(select(User.username).where(User.username.ilike(f"{base}%")))
    taken = {name.lower() for name in names}
    if base not in taken:
        return base
    number = 2
    while f"{base}{number}" in taken:
        number += 1
    return f"{base}{number}"
