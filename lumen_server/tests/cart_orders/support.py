"""Helpers of the cart and order stories: signed-in people, products picked by what they are (never by a
hard-coded SKU), the price-key detector, and an order approved from a request."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import select

from lumen_server.auth.models import User
from lumen_server.cart.lines import LineIn, resolve_lines
from lumen_server.catalog.models import ContractPrice, Product
from lumen_server.core.db import Database
from lumen_server.customers.models import Customer
from lumen_server.orders.service import Shipping, place_order

PRICE_KEYS = {"price", "unit_price", "extended", "subtotal", "taxes", "tax", "total", "amount", "list_price"}


def price_keys_in(document: Any, path: str = "$") -> list[str]:
    """Every place in a JSON document where a key names a price or an amount."""
    found: list[str] = []
    if isinstance(document, dict):
        for key, value in document.items():
            if key in PRICE_KEYS:
                found.append(f"{path}.{key}")
            found += price_keys_in(value, f"{path}.{key}")
    elif isinstance(document, list):
        for index, item in enumerate(document):
            found += price_keys_in(item, f"{path}[{index}]")
    return found


@dataclass
class Person:
    """A demo user signed in to the service: ``person.get("/cart")`` and so on, paths under /api/v1."""

    username: str
    client: TestClient | httpx.Client
    headers: dict[str, str]

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = self.headers | kwargs.pop("headers", {})
        return self.client.request(method, f"/api/v1{path}", headers=headers, **kwargs)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", path, **kwargs)

    def patch(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PATCH", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", path, **kwargs)

    def cart(self) -> dict[str, Any]:
        response = self.get("/cart")
        assert response.status_code == 200, response.text
        return response.json()

    def fill_cart(self, *lines: tuple[str, int]) -> dict[str, Any]:
        response = self.post("/cart/lines", json={"lines": [{"sku": sku, "quantity": q} for sku, q in lines]})
        assert response.status_code == 200, response.text
        return response.json()


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
            product, price = session.execute(
                select(Product, ContractPrice.price)
                .join(ContractPrice, ContractPrice.product_id == Product.id)
                .join(Customer, Customer.id == ContractPrice.customer_id)
                .where(Customer.number == customer_number, Product.deleted.is_(False))
                .where(ContractPrice.price != Product.list_price)
                .order_by(Product.sku)
            ).first() or (None, None)
            assert product is not None, f"the demo has no contract price for customer {customer_number}"
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
            po_number="PO-APPROVED",
            job_name=None,
            shipping=Shipping(method="delivery"),
        )
        return order.number
