"""The rules of a user's one cart: created on first change, every change bumps its version.

Changes lock the cart row (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's BEGIN IMMEDIATE already
serialises writers), and quantities are added in the database (``quantity = quantity + :n``) and the version
bumped the same way, never read, changed in Python and written back: two devices adding to the same cart never
lose one another's quantities.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, object_session

from lumen_server.auth.limits import cart_permission_json
from lumen_server.auth.models import User
from lumen_server.cart.lines import LineIn, check_quantity, products_by_sku, quantity_problem, resolve_indexed_lines
from lumen_server.cart.models import Cart, CartLine
from lumen_server.cart.priced import priced_lines_json
from lumen_server.catalog.models import Product
from lumen_server.core.errors import ApiError, line_error
from lumen_server.core.i18n import Language


def cart_for(session: Session, *, user: User, for_update: bool = False) -> Cart:
    """The user's cart. ``for_update``: locked for a change, created on first use (a concurrent first use by another
    worker is tolerated); otherwise, for reading, a user without one gets an empty cart that is not stored."""
    query = select(Cart).where(Cart.user_id == user.id)
    if for_update:
        query = query.with_for_update()
    cart = session.scalars(query).first()
    if cart is not None:
        return cart
    if not for_update:
        return Cart(user_id=user.id, version=1)
    try:
        with session.begin_nested():
            cart = Cart(user_id=user.id)
            session.add(cart)
    except IntegrityError:
        cart = session.scalars(query).one()
    return cart


def cart_lines(cart: Cart) -> list[tuple[Product, int]]:
    return [(line.product, line.quantity) for line in cart.lines]


def cart_json(session: Session, *, cart: Cart, user: User, language: Language) -> dict[str, Any]:
    lines, totals = priced_lines_json(session, user=user, lines=cart_lines(cart), language=language)
    body: dict[str, Any] = {"lines": lines}
    if totals is not None:
        body |= totals
    body |= {
        "po_number": cart.po_number,
        "job_name": cart.job_name,
        "note": cart.note,
        "version": cart.version,
        "line_count": len(lines),
    }
    return body | cart_permission_json(session, user=user, lines=cart_lines(cart), language=language)


def _changed(cart: Cart) -> Cart:
    # Computed by the database at flush (version = version + 1), then read back.
    cart.version = Cart.version + 1
    session = object_session(cart)
    if session is not None:
        session.flush()
    return cart


def _line_of(cart: Cart, product_id: int) -> CartLine | None:
    return next((line for line in cart.lines if line.product_id == product_id), None)


def _append(cart: Cart, product: Product, quantity: int) -> None:
    position = max((line.position for line in cart.lines), default=-1) + 1
    cart.lines.append(CartLine(product_id=product.id, product=product, quantity=quantity, position=position))


def set_line(session: Session, *, user: User, sku: str, quantity: int) -> Cart:
    """Sets the quantity of ``sku`` in the cart, adding the line when absent."""
    product = products_by_sku(session, [sku]).get(sku)
    if product is None:
        raise ApiError(422, "unknown_sku", field="sku", product=sku)
    check_quantity(product, quantity)
    cart = cart_for(session, user=user, for_update=True)
    line = _line_of(cart, product.id)
    if line is None:
        _append(cart, product, quantity)
    else:
        line.quantity = quantity
    return _changed(cart)


def remove_line(session: Session, *, user: User, sku: str) -> Cart:
    cart = cart_for(session, user=user, for_update=True)
    line = next((line for line in cart.lines if line.product.sku == sku), None)
    if line is None:
        raise ApiError(404, "not_in_cart", field="sku", product=sku)
    cart.lines.remove(line)
    return _changed(cart)


def add_products(session: Session, *, cart: Cart, lines: Sequence[tuple[int, Product, int]]) -> Cart:
    """Adds ``(index, product, quantity)`` lines to the quantities already in the cart, all or nothing.

    Each quantity is added by the database (``quantity = quantity + :n``); each resulting quantity is then checked
    (over 1,000,000, or no longer a multiple), naming the line's index, and any problem undoes the whole request.
    """
    session.flush()
    errors: list[dict[str, Any]] = []
    next_position: int | None = None
    for index, product, quantity in lines:
        added = session.execute(
            update(CartLine)
            .where(CartLine.cart_id == cart.id, CartLine.product_id == product.id)
            .values(quantity=CartLine.quantity + quantity)
            .returning(CartLine.quantity)
            .execution_options(synchronize_session=False)
        ).scalar()
        if added is None:
            if next_position is None:
                last = session.scalar(select(func.max(CartLine.position)).where(CartLine.cart_id == cart.id))
                next_position = -1 if last is None else last
            next_position += 1
            values = {"cart_id": cart.id, "product_id": product.id, "quantity": quantity, "position": next_position}
            session.execute(insert(CartLine).values(values))
            added = quantity
        problem = quantity_problem(product, added)
        if problem is not None:
            code, params = problem
            errors.append(line_error(index, product.sku, "quantity", code, **params))
    if errors:
        raise ApiError(422, "invalid_lines", field="lines", lines=errors)
    # The lines changed behind the ORM's back: read them again.
    for loaded in [obj for obj in session.identity_map.values() if isinstance(obj, CartLine)]:
        session.expire(loaded)
    session.expire(cart, ["lines"])
    return _changed(cart)


def add_lines(session: Session, *, user: User, lines: Sequence[LineIn]) -> Cart:
    """Adds a list of lines (e.g. a whole material list) to the cart: every line is valid, or nothing changes."""
    resolved = resolve_indexed_lines(session, lines=lines)
    return add_products(session, cart=cart_for(session, user=user, for_update=True), lines=resolved)


def empty_cart(cart: Cart) -> Cart:
    """Removes the lines and the PO number, job name and note (after an order, or when the user starts over)."""
    cart.lines.clear()
    cart.po_number = cart.job_name = cart.note = None
    return _changed(cart)


def clear_cart(session: Session, *, user: User) -> Cart:
    return empty_cart(cart_for(session, user=user, for_update=True))


def update_details(session: Session, *, user: User, changes: dict[str, str | None]) -> Cart:
    """Sets the given ones of po_number, job_name and note (blank or null clears one)."""
    cart = cart_for(session, user=user, for_update=True)
    for field, value in changes.items():
        text = value.strip() if value is not None else ""
        setattr(cart, field, text or None)
    return _changed(cart)


def add_available(session: Session, *, user: User, lines: Sequence[tuple[Product, int]]) -> tuple[Cart, list[str]]:
    """Adds saved lines (a past order, a template) to the cart, skipping products withdrawn since.

    Returns the cart and the SKUs skipped. The remaining lines are added all or nothing, indexes naming
    their position in ``lines``.
    """
    skipped = [product.sku for product, _ in lines if product.deleted]
    available = [(index, product, quantity) for index, (product, quantity) in enumerate(lines) if not product.deleted]
    cart = cart_for(session, user=user, for_update=True)
    if not available:
        return cart, skipped
    return add_products(session, cart=cart, lines=available), skipped
