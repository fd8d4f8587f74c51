"""Messages of absences, stand-ins and self-approval (French and English)."""

from lumen_server.core.i18n import register_messages

register_messages(
    {
        "away_not_set": {
            "en": "You have not set an absence.",
            "fr": "Vous n'avez indiqué aucune absence.",
        },
        "away_dates_order": {
            "en": "The last day away (Until) cannot be before the first day (From).",
            "fr": "Le dernier jour d'absence (Jusqu'au) ne peut pas précéder le premier (Du).",
        },
        "away_in_past": {
            "en": "The last day away (Until) is already past; choose today or a later day.",
            "fr": "Le dernier jour d'absence (Jusqu'au) est déjà passé; choisissez aujourd'hui ou un jour suivant.",
        },
        "stand_in_self": {
            "en": "You cannot be your own stand-in (Stand-in): choose another buyer of your company.",
            "fr": "Vous ne pouvez pas être votre propre remplaçant (Remplaçant) : choisissez un autre acheteur de "
            "votre entreprise.",
        },
        "stand_in_not_a_buyer": {
            "en": "The stand-in (Stand-in) must be an active user of your company who may place orders.",
            "fr": "Le remplaçant (Remplaçant) doit être un utilisateur actif de votre entreprise qui peut passer "
            "des commandes.",
        },
        "self_approval": {
            "en": "You sent this request yourself: you cannot approve or reject it, even as a stand-in. It waits "
            "for its approver or another buyer of your company.",
            "fr": "Vous avez envoyé cette demande vous-même : vous ne pouvez pas l'approuver ni la refuser, même en "
            "tant que remplaçant. Elle attend son approbateur ou un autre acheteur de votre entreprise.",
        },
    }
)
