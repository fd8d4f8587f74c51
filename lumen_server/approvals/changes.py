"""What differs between two versions of a request's lines, SKU by SKU (requested vs now, or before vs after an edit)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from lumen_server.catalog.models import Product

Lines = Sequence[tuple[Product, int]]


@dataclass(frozen=True)
class LineChange:
    product: Product
    change: Literal["changed", "added", "removed"]
    before: int | None
    after: int | None

    def as_event(self) -> dict[str, Any]:
        """How an edit event stores it (no price: events reach every viewer of the request)."""
        return {"sku": self.product.sku, "change": self.change, "old": self.before, "new": self.after}


def line_changes(before: Lines, after: Lines) -> list[LineChange]:
    """Changed and added lines in ``after``'s order, then removed ones in ``before``'s order."""
    old = {product.id: quantity for product, quantity in before}
    new_ids = {product.id for product, _ in after}
    changes: list[LineChange] = []
    for product, quantity in after:
        if product.id not in old:
            changes.append(LineChange(product, "added", None, quantity))
        elif old[product.id] != quantity:
            changes.append(LineChange(product, "changed", old[product.id], quantity))
    changes += [
        LineChange(product, "removed", quantity, None) for product, quantity in before if product.id not in new_ids
    ]
    return changes
