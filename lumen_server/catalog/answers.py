"""Products as JSON dicts in the caller's language; the price key is added only for users who may see prices.

Read as plain rows (SQLAlchemy Core), one statement per page with the category, the customer's contract price and
the home branch's stock joined: a page of 500 products costs a few milliseconds, where ORM objects (an identity
map entry, state and instrumented attributes per row, then a query each for prices and stock) cost ~45 ms.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, literal, select
from sqlalchemy.orm import QueryableAttribute, Session

from lumen_server.auth.models import User
from lumen_server.auth.permissions import can_see_prices
from lumen_server.catalog.models import Category, ContractPrice, Product, Stock
from lumen_server.catalog.pricing import net_price
from lumen_server.core.money import money
from lumen_server.customers.models import Branch


def localized(item: Any, field: str, language: str) -> str:
    return str(getattr(item, f"{field}_{language}"))


class ProductRows:
    """The statement reading products as answer rows for ``user`` in ``language``, and the rows' JSON form."""

    def __init__(self, session: Session, *, user: User, language: str, description: bool = False) -> None:
        self.session = session
        self.language = language
        self.description = description
        self.priced = can_see_prices(user) and user.customer_id is not None
        self.customer_id = user.customer_id
        self.home: dict[str, Any] | None = None
        home_id = user.customer.home_branch_id if user.customer else None
        if home_id is not None:
            branch = session.execute(select(Branch.code, Branch.name).where(Branch.id == home_id)).one()
            self.home = {"code": branch.code, "name": branch.name}
        self.home_id = home_id

    def select(self, *, stock_here: bool = False) -> Select[Any]:
        """Products joined to their category, with ``contract_price`` (a priced user) and ``stock_here``."""
        fr = self.language == "fr"
        columns: list[ColumnElement[Any] | QueryableAttribute[Any]] = [
            Product.id,
            Product.sku,
            Product.mpn,
            Product.upc,
            Product.brand,
            (Product.name_fr if fr else Product.name_en).label("name"),
            Category.code.label("category_code"),
            (Category.name_fr if fr else Category.name_en).label("category_name"),
            Product.uom,
            Product.sale_multiple,
            Product.price_unit,
            Product.image_url,
            Product.deleted,
        ]
        if self.description:
            columns.append((Product.description_fr if fr else Product.description_en).label("description"))
        if self.priced:
            columns += [Product.list_price, ContractPrice.price.label("contract_price")]
        if stock_here and self.home_id is not None:
            columns.append(Stock.quantity.label("stock_here"))
        statement = select(*columns).join_from(Product, Category, Category.id == Product.category_id)
        if self.priced:
            statement = statement.outerjoin(
                ContractPrice,
                and_(ContractPrice.product_id == Product.id, ContractPrice.customer_id == literal(self.customer_id)),
            )
        if stock_here and self.home_id is not None:
            statement = statement.outerjoin(
                Stock, and_(Stock.product_id == Product.id, Stock.branch_id == literal(self.home_id))
            )
        return statement

    def by_ids(self, ids: Sequence[int], *, stock_here: bool = False) -> list[dict[str, Any]]:
        """The products of ``ids`` in that order (one statement)."""
        if not ids:
            return []
        rows = {
            row.id: row for row in self.session.execute(self.select(stock_here=stock_here).where(Product.id.in_(ids)))
        }
        return [self.answer(rows[i], stock_here=stock_here) for i in ids if i in rows]

    def answer(self, row: Row[Any], *, stock_here: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "sku": row.sku,
            "mpn": row.mpn,
            "upc": row.upc,
            "brand": row.brand,
            "name": row.name,
            "category": {"id": row.category_code, "name": row.category_name},
            "uom": row.uom,
            "sale_multiple": row.sale_multiple,
            "price_unit": row.price_unit,
            "image_url": row.image_url,
        }
        if self.description:
            data["description"] = row.description
        if self.priced:
            data["price"] = money(net_price(list_price=row.list_price, contract_price=row.contract_price))
        if stock_here:
            home = self.home
            data["stock_here"] = None if home is None else {"branch": home, "quantity": row.stock_here or 0}
        return data


def stock_json(branch: Branch, quantity: int) -> dict[str, Any]:
    return {"branch": {"code": branch.code, "name": branch.name}, "quantity": quantity}


def all_stock(session: Session, *, user: User, product_id: int) -> list[dict[str, Any]]:
    """Every branch's stock for the product, the user's home branch first, then by branch name."""
    home_id = user.customer.home_branch_id if user.customer else None
    rows = session.execute(
        select(Branch, Stock.quantity).outerjoin(
            Stock, (Stock.branch_id == Branch.id) & (Stock.product_id == product_id)
        )
    ).all()
    ordered = sorted(rows, key=lambda row: (row[0].id != home_id, row[0].name))
    return [stock_json(branch, quantity or 0) for branch, quantity in ordered]
