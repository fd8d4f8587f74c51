"""The Cart section (``CartView``) and its dialogs: send for approval, place order, import a material list,
save as template. Registered in ``sections`` under the key "cart".

``CartView`` is imported when first asked for, not with the package, so the section's modules can be warmed up
one at a time (``warm_imports``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cart_view import CartView


def __getattr__(name: str) -> Any:
    if name == "CartView":
        from .cart_view import CartView

        return CartView
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["CartView"]
