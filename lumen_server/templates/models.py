"""Order templates ("Modèles de commande"): named lists of lines a customer's users reuse."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lumen_server.auth.models import User
from lumen_server.core.db import Base, utcnow
from lumen_server.core.product_lines import ProductLine


class OrderTemplate(Base):
    __tablename__ = "order_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    owner: Mapped[User] = relationship(lazy="joined")
    lines: Mapped[list[TemplateLine]] = relationship(cascade="all, delete-orphan", order_by="TemplateLine.position")


class TemplateLine(ProductLine, Base):
    __tablename__ = "template_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    template_id: Mapped[int] = mapped_column(ForeignKey("order_templates.id", ondelete="CASCADE"), index=True)
