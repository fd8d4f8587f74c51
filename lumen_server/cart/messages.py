"""Messages of the cart and of lines sent anywhere (French and English)."""

from lumen_server.core.i18n import register_messages

register_messages(
    {
        "unknown_sku": {
            "en": "{field}: “{product}” is not a product for sale.",
            "fr": "{field} : « {product} » n'est pas un produit en vente.",
        },
        "quantity_not_positive": {
            "en": "{field} must be at least 1.",
            "fr": "{field} doit être d'au moins 1.",
        },
        "quantity_too_large": {
            "en": "{field} must be at most {max}.",
            "fr": "{field} doit être d'au plus {max}.",
        },
        "not_a_multiple": {
            "en": "{field} must be a multiple of {multiple} (this product is sold by {multiple}).",
            "fr": "{field} doit être un multiple de {multiple} (ce produit se vend par {multiple}).",
        },
        "too_many_lines": {
            "en": "{field}: at most {max} lines at once.",
            "fr": "{field} : au plus {max} lignes à la fois.",
        },
        "no_lines": {
            "en": "{field}: at least one line is needed.",
            "fr": "{field} : il faut au moins une ligne.",
        },
        "not_in_cart": {
            "en": "{field}: “{product}” is not in the cart.",
            "fr": "{field} : « {product} » n'est pas dans le panier.",
        },
        "cart_empty": {
            "en": "The cart is empty.",
            "fr": "Le panier est vide.",
        },
    }
)
