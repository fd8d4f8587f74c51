"""The catalog's change numbers: every product change takes the next number, so clients can ask what changed.

One row in ``catalog_sequence`` is incremented with ``UPDATE … RETURNING``. The row stays locked until the
transaction commits, so numbers become visible in the order they were handed out (PostgreSQL row lock; SQLite
takes the write lock at BEGIN): a client that has read up to N never later sees a new change numbered below N.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from lumen_server.catalog.models import CatalogSequence


def allocate_change_seqs(session: Session, count: int = 1) -> int:
    """Reserves ``count`` consecutive change numbers and returns the first."""
    statement = (
        update(CatalogSequence)
        .where(CatalogSequence.id == 1)
        .values(last_value=CatalogSequence.last_value + count)
        .returning(CatalogSequence.last_value)
        .execution_options(synchronize_session=False)
    )
    last = session.execute(statement).scalar_one_or_none()
    if last is None:
        session.add(CatalogSequence(id=1, last_value=count))
        session.flush()
        last = count
    return last - count + 1
