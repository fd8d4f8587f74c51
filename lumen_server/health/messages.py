"""Messages of the health check (French and English)."""

from lumen_server.core.i18n import register_messages

register_messages(
    {
        "database_unavailable": {
            "en": "The service cannot reach its database right now.",
            "fr": "Le service ne peut pas joindre sa base de données pour le moment.",
        },
    }
)
