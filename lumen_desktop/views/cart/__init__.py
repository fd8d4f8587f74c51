"""The Cart section (``CartView``) and its dialogs: send for approval, place order, import a material list,
save as template. Registered in ``sections`` under the key "cart"."""

from .cart_view import CartView

__all__ = ["CartView"]
