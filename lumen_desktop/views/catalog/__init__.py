"""The Catalog section: category tree, search as you type, results, product details, add to cart.

``CatalogView(ctx)`` is the page; after it adds to the cart, ``ctx.sig_cart_changed`` tells the Cart section.
"""

from .view import CatalogView

__all__ = ["CatalogView"]
