"""Messages of the catalog domain (French and English)."""

from lumen_server.core.i18n import register_messages

register_messages(
    {
        "unknown_product": {"en": "No product has this SKU.", "fr": "Aucun produit ne porte ce code."},
        "unknown_category": {"en": "This category does not exist.", "fr": "Cette catégorie n'existe pas."},
        "invalid_cursor": {
            "en": "This cursor is not valid; start again without one.",
            "fr": "Ce curseur n'est pas valide; recommencez sans curseur.",
        },
    }
)
