"""Messages of the auth domain (French and English)."""

from lumen_server.core.i18n import register_messages

register_messages(
    {
        "invalid_credentials": {
            "en": "Unknown username or wrong password.",
            "fr": "Nom d'utilisateur inconnu ou mot de passe erroné.",
        },
        "too_many_attempts": {
            "en": "Too many failed sign-ins. Try again in {retry_after} seconds.",
            "fr": "Trop de tentatives de connexion échouées. Réessayez dans {retry_after} secondes.",
        },
        "wrong_current_password": {
            "en": "The current password is wrong.",
            "fr": "Le mot de passe actuel est erroné.",
        },
        "password_unchanged": {
            "en": "The new password must differ from the current one.",
            "fr": "Le nouveau mot de passe doit être différent de l'actuel.",
        },
    }
)
