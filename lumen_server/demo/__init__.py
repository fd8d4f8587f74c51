"""Demo data: loaded by ``lumen-server --demo`` into an empty database."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lumen_server.customers.models import Customer
from lumen_server.demo.people import load_people


def is_empty(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(Customer)) == 0


def load_demo(session: Session) -> bool:
    """Loads the demo people and catalog when the database is empty; returns whether it loaded anything."""
    if not is_empty(session):
        return False
    load_people(session)
    from lumen_server.demo.catalog import load_demo_catalog

    load_demo_catalog(session)
    return True
