"""Messages of order templates (French and English)."""

from lumen_server.core.i18n import register_messages

register_messages(
    {
        "template_not_found": {
            "en": "There is no such order template.",
            "fr": "Ce modèle de commande n'existe pas.",
        },
        "lines_or_from_cart": {
            "en": "{field}: give either lines or from_cart, not both.",
            "fr": "{field} : donnez soit des lignes, soit from_cart, pas les deux.",
        },
        "approval_request_template_name": {
            "en": "Request from {name}, {date}",
            "fr": "Demande de {name}, {date}",
        },
    }
)
