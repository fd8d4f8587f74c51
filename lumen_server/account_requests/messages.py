"""Messages of the account-request form and the staff queue (French and English).

The form shows each refusal under the field it names (``error.field``), so a message never starts with the
field: the reader sees it next to its label, and a key such as ``approver_email`` never reaches a person.
"""

from lumen_server.core.i18n import register_messages

register_messages(
    {
        "unknown_customer": {
            "en": "No Lumen.ca customer account has this number.",
            "fr": "Aucun compte client Lumen.ca ne porte ce numéro.",
        },
        "inactive_customer": {
            "en": "This customer account is closed; please contact Lumen.ca.",
            "fr": "Ce compte client est fermé ; veuillez contacter Lumen.ca.",
        },
        "approver_required": {
            "en": "An account that orders for approval (or up to an amount) needs the e-mail address of its approver.",
            "fr": "Un compte qui commande pour approbation (ou jusqu'à un montant) doit indiquer le courriel de son "
            "approbateur.",
        },
        "invalid_approver": {
            "en": "The approver must be an active user of the same customer account who places orders.",
            "fr": "L'approbateur doit être un utilisateur actif du même compte client qui passe des commandes.",
        },
        "order_limit_required": {
            "en": "An account that places orders up to an amount needs that amount.",
            "fr": "Un compte qui passe des commandes jusqu'à un montant doit indiquer ce montant.",
        },
        "email_taken": {
            "en": "This e-mail address already has a Lumen.ca account.",
            "fr": "Cette adresse courriel a déjà un compte Lumen.ca.",
        },
        "request_pending": {
            "en": "An account request for this e-mail address is already waiting to be processed.",
            "fr": "Une demande de compte pour cette adresse courriel attend déjà d'être traitée.",
        },
        "account_request_not_found": {
            "en": "This account request does not exist.",
            "fr": "Cette demande de compte n'existe pas.",
        },
        "account_request_decided": {
            "en": "This account request has already been processed.",
            "fr": "Cette demande de compte a déjà été traitée.",
        },
        "name_required": {"en": "{field} is required.", "fr": "{field} est obligatoire."},
    }
)
