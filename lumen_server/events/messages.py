"""Messages of the live event stream (French and English)."""

from lumen_server.core.i18n import register_messages

register_messages(
    {
        "invalid_last_event_id": {
            "en": "Last-Event-ID must be the number of an event this stream sent.",
            "fr": "Last-Event-ID doit être le numéro d'un événement envoyé par ce flux.",
        },
    }
)
