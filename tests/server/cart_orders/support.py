"""Helpers of the cart and order stories: products picked by what they are (never by a hard-coded SKU), what
a customer pays for them, and an order approved from a request. Signed-in people: ``tests.support``."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select

from lumen_server.auth.models import User
from lumen_server.cart.lines import LineIn, resolve_lines
from lumen_server.catalog.models import ContractPrice, Product
from lumen_server.core.db import Database
from lumen_server.customers.models import Customer
from lumen_server.orders.service import PlacingIn, Shipping, place_order


class Catalog:
    """Finds demo products by their properties, and what a customer pays for them."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def find(self, *conditions: Any) -> Product:
        with self.database.session() as session:
            product = session.scalars(
                select(Product).where(Product.deleted.is_(False), *conditions).order_by(Product.sku)
            ).first()
            assert product is not None, f"the demo catalog has no product with {conditions}"
            return product

    def wire_per_m(self) -> Product:
        """Wire cut to the foot and priced per thousand feet."""
        return self.find(Product.uom == "ft", Product.price_unit == 1000, Product.sale_multiple == 1)

    def each(self, index: int = 0) -> Product:
        """A product sold one at a time at a price per unit."""
        with self.database.session() as session:
            products = session.scalars(
                select(Product)
                .where(Product.deleted.is_(False), Product.price_unit == 1, Product.sale_multiple == 1)
                .order_by(Product.sku)
                .limit(index + 1)
            ).all()
            return products[index]

    def sold_by_multiple(self) -> Product:
        return self.find(Product.sale_multiple > 1)

    def net_price(self, product: Product, customer_number: str) -> Decimal:
        with self.database.session() as session:
            customer = session.scalars(select(Customer).where(Customer.number == customer_number)).one()
            contract = session.scalar(
                select(ContractPrice.price).where(
                    ContractPrice.customer_id == customer.id, ContractPrice.product_id == product.id
                )
            )
            return contract if contract is not None else product.list_price

    def with_contract_price(self, customer_number: str) -> tuple[Product, Decimal]:
        """A product the customer has a negotiated price for (not the list price), and that price."""
        with self.database.session() as session:
            found = session.execute(
                select(Product, ContractPrice.price)
                .join(ContractPrice, ContractPrice.product_id == Product.id)
                .join(Customer, Customer.id == ContractPrice.customer_id)
                .where(Customer.number == customer_number, Product.deleted.is_(False))
                .where(ContractPrice.price != Product.list_price)
                .order_by(Product.sku)
            ).first()
            assert found is not None, f"the demo has no contract price for customer {customer_number}"
            product, price = found
            return product, price

    def withdraw(self, product: Product) -> None:
        """The distributor stops selling the product (there is no endpoint for it)."""
        with self.database.session() as session:
            session.get_one(Product, product.id).deleted = True


def approved_for(
    database: Database,
    *,
    requester: str,
    approver: str,
    lines: list[tuple[str, int]],
) -> str:
    """An order placed by ``approver`` from ``requester``'s approval request (as approving it does)."""
    with database.session() as session:
        people = {u.username: u for u in session.scalars(select(User).where(User.username.in_([requester, approver])))}
        resolved = resolve_lines(session, lines=[LineIn(sku=sku, quantity=q) for sku, q in lines])
        order = place_order(
            session,
            placed_by=people[approver],
            requester=people[requester],
            lines=resolved,
            given=PlacingIn(po_number="PO-APPROVED", shipping=Shipping(method="delivery")),
        )
        return order.number
