"""Live events: one row per person a change concerns, the stream ``GET /events`` reads and resumes from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from lumen_server.core.db import Base, utcnow


class LiveEvent(Base):
    """ "Request 17 was approved, now at version 3", for one recipient. Never a price: ids, kinds, versions."""

    __tablename__ = "live_events"
    __table_args__ = (Index("ix_live_events_user_id_id", "user_id", "id"),)

    # Increasing in commit order (see ``publish``): ``Last-Event-ID`` resumes after it.
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    request_id: Mapped[int | None] = mapped_column()
    version: Mapped[int | None] = mapped_column()
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
