"""The columns every line of a cart, approval request, template or order has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

if TYPE_CHECKING:
    from lumen_server.catalog.models import Product


class ProductLine:
    """A product, a quantity of it and the line's place in its list; the table names its owner's key."""

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int] = mapped_column()
    position: Mapped[int] = mapped_column(default=0)

    @declared_attr
    def product(cls) -> Mapped[Product]:
        return relationship("Product", lazy="joined")
