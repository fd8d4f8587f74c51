"""Products as JSON dicts in the caller's language; the price key is added only for users who may see prices.

Read as plain rows (SQLAlchemy Core), one statement per page with the category, the customer's contract price and
the home branch's stock joined: a page of 500 products costs a few milliseconds, where ORM objects (an identity
map entry, state and instrumented attributes per row, then a query each for prices and stock) cost ~45 ms.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, bindparam, select
from sqlalchemy.orm import QueryableAttribute, Session

from lumen_server.auth.models import User
from lumen_server.auth.permissions import can_see_prices
from lumen_server.catalog.models import Category, ContractPrice, Product, Stock
from lumen_server.catalog.pricing import net_price
from lumen_server.core.money import money
from lumen_server.customers.models import Branch


def localized(item: Any, field: str, language: str) -> str:
    return str(getattr(item, f"{field}_{language}"))


# Positions in a row of ``_product_select``.
_SKU, _DELETED = 1, 12


@functools.lru_cache(maxsize=16)
def _product_select(language: str, *, description: bool, priced: bool, stock_here: bool) -> Select[Any]:
    """Products joined to their category, with the list and contract prices (``priced``, for the bound
    ``customer_id``) and the home branch (bound ``home_id``) with its stock (``stock_here``). Built once per shape,
    values bound."""
    fr = language == "fr"
    columns: list[ColumnElement[Any] | QueryableAttribute[Any]] = [
        Product.id,
        Product.sku,
        Product.mpn,
        Product.upc,
        Product.brand,
        Product.name_fr if fr else Product.name_en,
        Category.code,
        Category.name_fr if fr else Category.name_en,
        Product.uom,
        Product.sale_multiple,
        Product.price_unit,
        Product.image_url,
        Product.deleted,
    ]
    if description:
        columns.append(Product.description_fr if fr else Product.description_en)
    if priced:
        columns += [Product.list_price, ContractPrice.price]
    if stock_here:
        columns += [Branch.code, Branch.name, Stock.quantity]
    statement = select(*columns).join_from(Product, Category, Category.id == Product.category_id)
    if priced:
        customer = ContractPrice.customer_id == bindparam("customer_id")
        statement = statement.outerjoin(ContractPrice, and_(ContractPrice.product_id == Product.id, customer))
    if stock_here:
        # The branch in the same statement (one row by its key), not a query of its own on every request.
        statement = statement.join(Branch, Branch.id == bindparam("home_id"))
        home = Stock.branch_id == bindparam("home_id")
        statement = statement.outerjoin(Stock, and_(Stock.product_id == Product.id, home))
    return statement


@functools.lru_cache(maxsize=16)
def _by_ids(language: str, *, description: bool, priced: bool, stock_here: bool) -> Select[Any]:
    shape = _product_select(language, description=description, priced=priced, stock_here=stock_here)
    return shape.where(Product.id.in_(bindparam("ids", expanding=True)))


@functools.lru_cache(maxsize=16)
def _by_sku(language: str, *, priced: bool) -> Select[Any]:
    shape = _product_select(language, description=True, priced=priced, stock_here=False)
    return shape.where(Product.sku == bindparam("sku"), Product.deleted.is_(False))


@functools.lru_cache(maxsize=64)
def _changed_after(language: str, *, priced: bool, limit: int) -> Select[Any]:
    shape = _product_select(language, description=True, priced=priced, stock_here=False)
    changed = shape.add_columns(Product.change_seq).where(Product.change_seq > bindparam("after"))
    return changed.order_by(Product.change_seq).limit(limit)


class ProductRows:
    """Products read as plain rows for ``user`` in ``language`` (one statement per page), and their JSON form."""

    def __init__(self, session: Session, *, user: User, language: str, description: bool = False) -> None:
        self.session = session
        self.language = language
        self.description = description
        self.priced = can_see_prices(user) and user.customer_id is not None
        self.home_id = user.customer.home_branch_id if user.customer else None
        self.params = {"customer_id": user.customer_id, "home_id": self.home_id}

    def _rows(self, statement: Select[Any], **values: Any) -> Sequence[Row[Any]]:
        # Core, not the ORM: the rows as the driver gives them, no ORM loading context.
        return self.session.connection().execute(statement, self.params | values).all()

    def by_ids(self, ids: Sequence[int], *, stock_here: bool = False) -> list[dict[str, Any]]:
        """The products of ``ids`` in that order (one statement)."""
        if not ids:
            return []
        # Without a home branch there is no stock to join; the answer still says so (``stock_here: null``).
        joined = stock_here and self.home_id is not None
        shape = _by_ids(self.language, description=self.description, priced=self.priced, stock_here=joined)
        rows = {row[0]: row for row in self._rows(shape, ids=list(ids))}
        return [self.answer(rows[i], stock_here=stock_here) for i in ids if i in rows]

    def by_sku(self, sku: str) -> tuple[int, dict[str, Any]] | None:
        """The id and the answer (description included) of the live product ``sku``, if there is one."""
        found = self._rows(_by_sku(self.language, priced=self.priced), sku=sku)
        return (found[0][0], self.answer(found[0])) if found else None

    def changed_after(self, change_seq: int, *, limit: int) -> Sequence[Row[Any]]:
        """At most ``limit`` products changed after ``change_seq``, withdrawn ones too, with their ``change_seq``
        last in each row."""
        return self._rows(_changed_after(self.language, priced=self.priced, limit=limit), after=change_seq)

    def answer(self, row: Row[Any], *, stock_here: bool = False) -> dict[str, Any]:
        """The JSON form of a row of ``select()`` (unpacked by position: a named access costs ~3 µs in a row)."""
        (_, sku, mpn, upc, brand, name, category_code, category_name, uom, multiple, unit, image, _, *extra) = tuple(
            row
        )
        data: dict[str, Any] = {
            "sku": sku,
            "mpn": mpn,
            "upc": upc,
            "brand": brand,
            "name": name,
            "category": {"id": category_code, "name": category_name},
            "uom": uom,
            "sale_multiple": multiple,
            "price_unit": unit,
            "image_url": image,
        }
        extras = iter(extra)
        if self.description:
            data["description"] = next(extras)
        if self.priced:
            list_price, contract_price = next(extras), next(extras)
            data["price"] = money(net_price(list_price=list_price, contract_price=contract_price))
        if self.home_id is not None and stock_here:
            data["stock_here"] = stock_json(next(extras), next(extras), next(extras))
        elif stock_here:
            data["stock_here"] = None
        return data

    def feed(self, rows: Sequence[Row[Any]]) -> tuple[list[dict[str, Any]], list[str]]:
        """The live products' answers and the withdrawn products' SKUs among ``rows``."""
        live, withdrawn = [], []
        for row in rows:
            if row[_DELETED]:
                withdrawn.append(row[_SKU])
            else:
                live.append(self.answer(row))
        return live, withdrawn


def stock_json(code: str, name: str, quantity: int | None) -> dict[str, Any]:
    """One branch's stock (none recorded: 0)."""
    return {"branch": {"code": code, "name": name}, "quantity": quantity or 0}


def all_stock(session: Session, *, user: User, product_id: int) -> list[dict[str, Any]]:
    """Every branch's stock for the product, the user's home branch first, then by branch name."""
    home_id = user.customer.home_branch_id if user.customer else None
    rows = session.execute(
        select(Branch, Stock.quantity).outerjoin(
            Stock, (Stock.branch_id == Branch.id) & (Stock.product_id == product_id)
        )
    ).all()
    ordered = sorted(rows, key=lambda row: (row[0].id != home_id, row[0].name))
    return [stock_json(branch.code, branch.name, quantity) for branch, quantity in ordered]
