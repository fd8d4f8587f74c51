"""Messages of checkout and orders (French and English)."""

from lumen_server.core.i18n import register_messages

register_messages(
    {
        "approval_required": {
            "en": "Your account sends orders for approval; it cannot place them. Send the cart for approval instead.",
            "fr": "Votre compte envoie les commandes pour approbation; il ne peut pas les passer. "
            "Envoyez plutôt le panier pour approbation.",
        },
        "branch_required": {
            "en": "{field}: choose the branch for the pickup.",
            "fr": "{field} : choisissez la succursale de cueillette.",
        },
        "unknown_branch": {
            "en": "{field}: there is no branch “{branch}”.",
            "fr": "{field} : il n'y a pas de succursale « {branch} ».",
        },
        "order_not_found": {
            "en": "There is no such order in your history.",
            "fr": "Cette commande n'est pas dans votre historique.",
        },
    }
)
