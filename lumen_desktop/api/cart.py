"""The user's cart (kept by the service) and order templates.

Bulk line edits (``add_lines``, template lines) are all-or-nothing: a 422 ``ApiError`` lists every bad line in
``error.lines``. ``checkout`` needs an ``idempotency_key`` the caller creates once per "Place order" intent
(``uuid4().hex``) and reuses when retrying, so a retried click never places two orders.
"""

from __future__ import annotations

import builtins  # the method ``list`` hides the type inside the class
from typing import Any

from pydantic import Field

from .base import CallGroup, given, placing, seg
from .model import ApiModel, items_of
from .types_orders import Approval, Cart, Line, Order, Template

LineInput = dict[str, Any]  # {"sku": str, "quantity": int}


class AddedToCart(ApiModel):
    """The answer of ``templates.add_to_cart`` and ``orders.reorder``: the cart after adding, and the SKUs
    skipped because their product was withdrawn since."""

    cart: Cart | None
    skipped: list[str] = Field(default_factory=list)


def _cart_or_none(data: Any) -> Cart | None:
    """The cart a mutation answered (None only for an empty answer)."""
    return None if data is None else Cart.from_json(data)


class CartCalls(CallGroup):
    def get(self) -> Cart:
        return Cart.from_json(self._client.get_json("/cart"))

    def set_quantity(self, sku: str, quantity: int) -> Cart | None:
        """``PUT /cart/lines/{sku}``; answers the cart when the service returns it."""
        return _cart_or_none(self._client.send_json("PUT", f"/cart/lines/{seg(sku)}", {"quantity": quantity}))

    def remove_line(self, sku: str) -> Cart | None:
        return _cart_or_none(self._client.send_json("DELETE", f"/cart/lines/{seg(sku)}"))

    def add_lines(self, lines: list[LineInput]) -> Cart | None:
        """``POST /cart/lines``: adds many lines at once (a material list); all-or-nothing."""
        return _cart_or_none(self._client.send_json("POST", "/cart/lines", {"lines": lines}))

    def empty(self) -> Cart | None:
        return _cart_or_none(self._client.send_json("DELETE", "/cart"))

    def update_details(
        self, po_number: str | None = None, job_name: str | None = None, note: str | None = None
    ) -> Cart | None:
        """``PATCH /cart``: only the given fields change."""
        body = given(po_number=po_number, job_name=job_name, note=note)
        return _cart_or_none(self._client.send_json("PATCH", "/cart", body))

    def submit_for_approval(self, note: str | None = None) -> Approval:
        """``POST /cart/submit-for-approval``: the cart goes to the approver and is emptied."""
        body = {"note": note} if note else {}
        return Approval.from_json(self._client.send_json("POST", "/cart/submit-for-approval", body))

    def checkout(
        self,
        shipping: dict[str, Any],
        idempotency_key: str,
        po_number: str | None = None,
        job_name: str | None = None,
    ) -> Order:
        """``POST /cart/checkout``; ``shipping`` = ``{"method": "delivery"}`` or ``{"method": "pickup",
        "branch": ...}``. A requester gets ``ApiError`` 403 ``approval_required``."""
        body = placing(shipping, po_number, job_name)
        data = self._client.send_json("POST", "/cart/checkout", body, {"Idempotency-Key": idempotency_key})
        return Order.from_json(data)


class TemplateCalls(CallGroup):
    def list(self) -> list[Template]:
        """``GET /templates``; for an approver also the pending requests addressed to them
        (``kind == "approval_request"``)."""
        data = self._client.get_json("/templates")
        return [Template.from_json(t) for t in items_of(data)]

    def get(self, template_id: str) -> Template:
        return Template.from_json(self._client.get_json(f"/templates/{seg(template_id)}"))

    def create(self, name: str, lines: builtins.list[LineInput]) -> Template:
        return Template.from_json(self._client.send_json("POST", "/templates", {"name": name, "lines": lines}))

    def create_from_cart(self, name: str) -> Template:
        return Template.from_json(self._client.send_json("POST", "/templates", {"name": name, "from_cart": True}))

    def update(
        self, template_id: str, name: str | None = None, lines: builtins.list[LineInput] | None = None
    ) -> Template:
        """``PUT /templates/{id}`` with the new name and/or lines."""
        body = given(name=name, lines=lines)
        return Template.from_json(self._client.send_json("PUT", f"/templates/{seg(template_id)}", body))

    def delete(self, template_id: str) -> None:
        self._client.request("DELETE", f"/templates/{seg(template_id)}")

    def add_to_cart(self, template_id: str) -> AddedToCart:
        """``POST /templates/{id}/add-to-cart``: the cart after adding, and the SKUs skipped (withdrawn)."""
        return AddedToCart.from_json(self._client.send_json("POST", f"/templates/{seg(template_id)}/add-to-cart"))


def line_inputs(lines: list[Line]) -> list[LineInput]:
    """The ``{"sku", "quantity"}`` form of result lines, to send them back (edit, template from lines)."""
    return [{"sku": line.sku, "quantity": line.quantity} for line in lines]
