"""The demo catalog (being written): categories, 2,000+ products, stock and contract prices."""

from __future__ import annotations

from sqlalchemy.orm import Session


def load_demo_catalog(session: Session) -> None:
    """Placeholder until the generated catalog lands: loads nothing."""
