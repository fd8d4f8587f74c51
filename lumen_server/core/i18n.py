"""The service's message catalog: every user-facing text in French and English, chosen per request.

Each domain registers its own messages (``register_messages`` in its ``messages.py``); a message is a
``str.format`` template whose placeholders come from the error's params.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from string import Formatter
from typing import Literal

Language = Literal["fr", "en"]
LANGUAGES: tuple[Language, ...] = ("fr", "en")
DEFAULT_LANGUAGE: Language = "fr"

_CATALOG: dict[str, dict[str, str]] = {}

# The language of the request being served (set by a middleware; also used by e-mail for the recipient).
current_language: ContextVar[Language | None] = ContextVar("current_language", default=None)


def _placeholders(template: str) -> list[str]:
    return sorted({name for _, name, _, _ in Formatter().parse(template) if name is not None})


def check_bilingual(texts: Mapping[str, Mapping[str, str | tuple[str, ...]]]) -> None:
    """ValueError unless every text is in French and English (no other language) with the same ``{placeholders}``
    in both (form by form for a plural's forms): a text half translated, or a value one language forgets to show,
    stops the service at import rather than reaching a user."""
    for key, text in texts.items():
        if set(text) != set(LANGUAGES):
            raise ValueError(f"text {key!r} is in {sorted(text)}, not in {sorted(LANGUAGES)}")
        forms = {language: (form,) if isinstance(form, str) else form for language, form in text.items()}
        placeholders = {language: [_placeholders(one) for one in forms[language]] for language in LANGUAGES}
        if any(found != placeholders[DEFAULT_LANGUAGE] for found in placeholders.values()):
            raise ValueError(f"text {key!r} has different placeholders by language: {placeholders}")


def check_new_keys(catalog: Mapping[str, object], added: Mapping[str, object]) -> None:
    """Refuses a key ``catalog`` already has with other words: one domain would silently reword another's text."""
    taken = sorted(key for key, text in added.items() if key in catalog and catalog[key] != text)
    if taken:
        raise ValueError(f"texts already registered with other words: {taken}")


def register_messages(messages: Mapping[str, Mapping[str, str]]) -> None:
    """Adds a domain's error and answer messages to the catalog, once :func:`check_bilingual` passes and no code
    is taken."""
    check_bilingual(messages)
    added = {code: dict(texts) for code, texts in messages.items()}
    check_new_keys(_CATALOG, added)
    _CATALOG.update(added)


def catalog_codes() -> set[str]:
    return set(_CATALOG)


def registered_messages() -> Mapping[str, Mapping[str, str]]:
    """Every message registered so far, by code (for the test that reads them all)."""
    return _CATALOG


def translate(code: str, language: Language, **params: object) -> str:
    texts = _CATALOG.get(code)
    if texts is None:
        return code
    template = texts[language]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def parse_accept_language(header: str | None) -> Language | None:
    """The best of fr/en in an Accept-Language header, by q-value; None when it names neither."""
    if not header:
        return None
    best: tuple[float, Language] | None = None
    for part in header.split(","):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0 and (best is None or quality > best[0]):
            best = (quality, primary)
    return best[1] if best else None


def request_language() -> Language:
    return current_language.get() or DEFAULT_LANGUAGE


register_messages(
    {
        "not_found": {"en": "Not found.", "fr": "Introuvable."},
        "method_not_allowed": {"en": "This method is not allowed here.", "fr": "Méthode non permise ici."},
        "nul_character": {
            "en": "Text may not contain the NUL character (\\u0000).",
            "fr": "Un texte ne peut pas contenir le caractère NUL (\\u0000).",
        },
        "invalid_request": {"en": "The request could not be processed.", "fr": "La requête n'a pas pu être traitée."},
        "internal_error": {
            "en": "The service met an unexpected error. Please try again.",
            "fr": "Le service a rencontré une erreur inattendue. Veuillez réessayer.",
        },
        "database_unavailable": {
            "en": "The service cannot reach its database right now.",
            "fr": "Le service ne peut pas joindre sa base de données pour le moment.",
        },
        "malformed_json": {
            "en": "The request body is not valid JSON.",
            "fr": "Le corps de la requête n'est pas du JSON valide.",
        },
        "field_required": {"en": "{field} is required.", "fr": "{field} est obligatoire."},
        "invalid_integer": {"en": "{field} must be a whole number.", "fr": "{field} doit être un nombre entier."},
        "invalid_number": {"en": "{field} must be a number.", "fr": "{field} doit être un nombre."},
        "invalid_boolean": {"en": "{field} must be true or false.", "fr": "{field} doit être vrai ou faux."},
        "invalid_string": {"en": "{field} must be text.", "fr": "{field} doit être du texte."},
        "invalid_choice": {
            "en": "{field} must be one of: {choices}.",
            "fr": "{field} doit être l'une de ces valeurs : {choices}.",
        },
        "too_long": {
            "en": "{field} must be at most {max} characters.",
            "fr": "{field} doit compter au plus {max} caractères.",
        },
        "too_short": {
            "en": "{field} must be at least {min} characters.",
            "fr": "{field} doit compter au moins {min} caractères.",
        },
        "too_large": {"en": "{field} must be at most {max}.", "fr": "{field} doit être au plus {max}."},
        "too_small": {"en": "{field} must be at least {min}.", "fr": "{field} doit être au moins {min}."},
        "invalid_email": {
            "en": "{field} is not a valid e-mail address.",
            "fr": "{field} n'est pas une adresse courriel valide.",
        },
        "invalid_value": {"en": "{field} is not valid.", "fr": "{field} n'est pas valide."},
        "unknown_field": {"en": "{field} is not an accepted field.", "fr": "{field} n'est pas un champ accepté."},
        "invalid_body": {
            "en": "The request body must be a JSON object.",
            "fr": "Le corps de la requête doit être un objet JSON.",
        },
        "invalid_lines": {
            "en": "Some lines are not valid; nothing was changed.",
            "fr": "Certaines lignes ne sont pas valides; rien n'a été modifié.",
        },
    }
)

register_messages(
    {
        "not_authenticated": {"en": "Please sign in.", "fr": "Veuillez vous connecter."},
        "invalid_token": {
            "en": "Your session has expired; please sign in again.",
            "fr": "Votre session a expiré; veuillez vous reconnecter.",
        },
        "password_change_required": {
            "en": "You must change your password before continuing.",
            "fr": "Vous devez changer votre mot de passe avant de continuer.",
        },
        "customer_only": {
            "en": "Only users of a customer account can do this.",
            "fr": "Seuls les utilisateurs d'un compte client peuvent faire ceci.",
        },
        "staff_only": {
            "en": "Only Lumen e-commerce staff can do this.",
            "fr": "Seule l'équipe du commerce électronique de Lumen peut faire ceci.",
        },
    }
)
