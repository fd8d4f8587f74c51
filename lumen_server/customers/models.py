"""Customer accounts (a contractor company) and the distributor's branches."""

from __future__ import annotations

from typing import Annotated

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from lumen_server.core.db import Base

Province = Annotated[str, mapped_column(String(2))]
"""A two-letter province code (QC, ON); a customer's decides its orders' taxes (QC: GST+QST, ON: HST)."""


class Branch(Base):
    """A store of the distributor: it holds stock (``catalog.Stock``), and customers pick orders up there."""

    __tablename__ = "branches"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    city: Mapped[str] = mapped_column(String(120))
    province: Mapped[Province]


class Customer(Base):
    """A contractor company buying from the distributor: its users order under its number, at its net prices."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    province: Mapped[Province]  # its orders' taxes
    active: Mapped[bool] = mapped_column(default=True)
    # The branch whose stock the catalog shows first and where pickups default.
    home_branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
